import { describe, expect, it } from '@jest/globals'

import { translations } from '@/i18n/translations'
import { reviewNoticeOf } from '@/workflow/admin/document/reviewNotice'
import { decideEdit } from '@/workflow/stateMachine'
import type { WorkflowStage } from '@/workflow/stages'

const reviewer = { kind: 'user', id: 'reviewer', roles: ['reviewer'] } as const

/** What the state machine decides for a reviewer who edits in `stage` (as the edit view asks). */
const asReviewer = (collection: string, stage: WorkflowStage) =>
  reviewNoticeOf({ collection, stage, decision: decideEdit({ stage }, reviewer) })

describe('the review notice of an edit view', () => {
  it('words a correction during review for a release, not for a document', () => {
    for (const stage of ['in_review', 'approved'] as const) {
      expect(asReviewer('releases', stage)).toEqual({
        tone: 'info',
        key: 'workflowAdmin:reviewerEditingRelease',
      })
      expect(asReviewer('articles', stage)).toEqual({
        tone: 'info',
        key: 'workflowAdmin:reviewerEditing',
      })
    }
    expect(translations.zh.workflowAdmin.reviewerEditingRelease).toMatch(/^发布批次正在审核中/)
    expect(translations.zh.workflowAdmin.reviewerEditingRelease).not.toContain('稿件')
    expect(translations.en.workflowAdmin.reviewerEditingRelease).toMatch(
      /^This release is in review/,
    )
  })

  it('keeps the other stages as they were', () => {
    expect(asReviewer('releases', 'published')?.key).toBe('workflowAdmin:editingPublished')
    expect(asReviewer('releases', 'draft')).toBeNull()
  })
})

import type { Access } from 'payload'

import type { User } from '@/payload-types'
import { decideEdit } from '@/workflow/stateMachine'
import { isWorkflowStage } from '@/workflow/stages'

type DraftData = { _status?: unknown; workflowStage?: unknown } | undefined

/**
 * Staff write documents, but nothing written through the collection API is published: publishing
 * goes through the review workflow (src/workflow), which writes with access control off. Payload's
 * admin UI asks this rule about `_status: 'published'` to decide whether to show its own Publish
 * and Unpublish buttons, so it shows none.
 *
 * The edit view also asks it with the working copy as `data`: where the workflow would refuse this
 * user's save (an editor's submission under review, anything archived), the answer is no, so the
 * form renders read-only instead of letting someone type into a document they cannot save. A
 * write through the API carries only what the client sent; the stage rules then answer it
 * (`applyWorkflowRules`: 409 with the reason).
 */
export const isStaffWritingDraft: Access = ({ req: { user }, data }) => {
  if (!user) return false
  const draft = data as DraftData
  if (draft?._status === 'published') return false
  if (!isWorkflowStage(draft?.workflowStage)) return true
  const actor = { kind: 'user' as const, id: String(user.id), roles: (user as User).roles ?? [] }
  return decideEdit({ stage: draft.workflowStage }, actor).ok
}

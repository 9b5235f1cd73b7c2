import type { TaskConfig } from 'payload'

import { confirmEndedNotice } from './confirm'

export const NOTICE_CONFIRM_TASK = 'awardNoticeConfirm'

/**
 * Confirms a release's recipients when their public notice ends (queued at publication with
 * `waitUntil` = the end). The jobs queue is stored in the database, so a job that fell due while
 * the server was down runs at the queue's first run after the next start.
 */
export const noticeConfirmTask: TaskConfig<typeof NOTICE_CONFIRM_TASK> = {
  slug: NOTICE_CONFIRM_TASK,
  label: '获奖名单公示期满确认',
  retries: 3,
  inputSchema: [
    { name: 'release', type: 'text', required: true },
    { name: 'endsAt', type: 'text', required: true },
  ],
  handler: async ({ input, req }) => {
    await confirmEndedNotice(req, {
      release: input.release,
      endsAt: new Date(input.endsAt),
    })
    return { output: {} }
  },
}

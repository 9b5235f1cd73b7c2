import type { Plugin } from 'payload'

import { addParts } from '@/plugins/appendHooks'

import { registerTransitionGuard } from '../guards'
import { ReviewComments } from './collection'
import { citeReviewComments } from './guard'

/**
 * Review comments (审核意见): the `review-comments` collection (on a field or a quoted passage,
 * with @mentions told in the bell), kept with the review round they were made in, and the guard
 * that lets `request_changes` cite the open ones (`comments: [ids]`, recorded in the history).
 * The workflow panel shows the current round's comments and adds new ones. After
 * `workflowNotifications()`, whose bell tells the people mentioned.
 */
export const reviewComments = (): Plugin => (config) =>
  addParts(registerTransitionGuard(config, citeReviewComments), {
    collections: [ReviewComments],
  })

/** The review queue's admin route, below `/admin`. */
export const REVIEW_QUEUE_PATH = '/review-queue'

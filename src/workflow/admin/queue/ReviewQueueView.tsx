import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { InDefaultTemplate } from '@/admin/InDefaultTemplate'
import { refusedRoute } from '@/admin/refusedRoute'

import type { QueueTab } from './loadQueue'
import { loadQueue, QUEUE_TABS } from './loadQueue'
import { REVIEW_QUEUE_PATH } from './paths'
import { ReviewQueueClient } from './ReviewQueueClient'

const tabOf = (value: unknown): QueueTab => QUEUE_TABS.find((tab) => tab === value) ?? 'mine'

/**
 * `/admin/review-queue` (待审核): every document waiting for a reviewer, across the six workflow
 * collections, longest-waiting first, in two tabs: 等我处理 (`?tab=mine`, the default) and 等待他人
 * (`?tab=others`). A new root view gets no template of its own, so it wraps
 * itself in Payload's default one (nav and header), and, as Payload leaves custom views open to
 * anyone, sends visitors who may not use the admin to the login.
 * https://payloadcms.com/docs/custom-components/custom-views#root-views
 */
export const ReviewQueueView = async ({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) => {
  const { req, permissions } = initPageResult
  if (!req.user || !permissions.canAccessAdmin) redirect(refusedRoute(req, REVIEW_QUEUE_PATH))
  const tab = tabOf(searchParams?.tab)
  const queue = await loadQueue(req)
  return (
    <InDefaultTemplate initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <ReviewQueueClient queue={queue} tab={tab} />
    </InDefaultTemplate>
  )
}

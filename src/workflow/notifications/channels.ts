import type { Config, PayloadRequest } from 'payload'

import type { User } from '@/payload-types'

import type { NotificationPlan } from './plan'

/** One transition's notification, as every channel receives it once its recipients are known. */
export type NotificationDelivery = {
  plan: NotificationPlan
  /** The accounts that hear about it (never the person who acted). */
  recipients: User[]
  /** The document's title in Chinese (a global's label). */
  title: string
  /** The collection's label in Chinese (`新闻`, `活动`, `全站设置`). */
  collectionLabel: string
  /** The document in the admin UI, absolute (`SERVER_URL` + `/admin/…`). */
  link: string
}

/**
 * A way a feature tells people about a transition besides the workflow's own e-mail (the bell in
 * the admin, group robots). The workflow runs every registered channel after the transition is
 * committed and knows none by name; a channel's failure is logged and never reaches the actor.
 */
export type NotificationChannel = {
  name: string
  deliver: (req: PayloadRequest, delivery: NotificationDelivery) => Promise<void>
}

const CHANNELS_KEY = 'notificationChannels'

const channelsOf = (custom: Record<string, unknown> | undefined): NotificationChannel[] =>
  (custom?.[CHANNELS_KEY] as NotificationChannel[] | undefined) ?? []

/** For a feature's plugin: adds its channel to the config (server-only `custom`). */
export const registerNotificationChannel = (
  config: Config,
  channel: NotificationChannel,
): Config => ({
  ...config,
  custom: { ...config.custom, [CHANNELS_KEY]: [...channelsOf(config.custom), channel] },
})

/** The channels registered, in plugin order. */
export const notificationChannels = (req: PayloadRequest): NotificationChannel[] =>
  channelsOf(req.payload.config.custom)

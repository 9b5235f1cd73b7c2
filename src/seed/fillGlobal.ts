import type { GlobalSlug, Payload } from 'payload'

import { isWorkflowGlobal } from '@/workflow/stages'

import { SEED_CONTEXT } from './publish'

type Values = Record<string, unknown>
type Locale = 'en' | 'zh'

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)

const isGroup = (value: unknown): value is Values =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The part of `desired` that `current` leaves empty: groups are filled field by field (and sent
 * whole, so nothing already in them is lost), anything else only when it has no value at all.
 */
export const emptyFieldsToFill = (current: Values | null | undefined, desired: Values) => {
  const patch: Values = {}
  for (const [name, value] of Object.entries(desired)) {
    const existing = current?.[name]
    if (isGroup(value) && (isGroup(existing) || isEmpty(existing))) {
      const nested = emptyFieldsToFill(isGroup(existing) ? existing : {}, value)
      if (nested) patch[name] = { ...(isGroup(existing) ? existing : {}), ...nested }
    } else if (isEmpty(existing)) {
      patch[name] = value
    }
  }
  return Object.keys(patch).length ? patch : undefined
}

// Seeding acts as the system, not as a user: there is nobody to check access for.
const access = { overrideAccess: true, context: SEED_CONTEXT, depth: 0 } as const

/** A global as stored in one locale, without falling back to the other. */
export const readGlobal = async (payload: Payload, slug: GlobalSlug, locale: Locale) =>
  (await payload.findGlobal({
    slug,
    locale,
    fallbackLocale: false,
    ...access,
  })) as unknown as Values

/**
 * Writes a global as the system. A global under review (the homepage, the official figures) is
 * written published, stage and `_status` together, as the seed publishes its demo documents: the
 * seed is the source of this content, not an editor's live write.
 */
export const writeGlobal = async (
  payload: Payload,
  slug: GlobalSlug,
  locale: Locale,
  data: Values,
) =>
  payload.updateGlobal({
    slug,
    locale,
    data: isWorkflowGlobal(slug) ? { ...data, _status: 'published' } : data,
    ...access,
  })

/**
 * Fills the empty fields of a global, Chinese first, then English; what an editor has written is
 * never overwritten. Returns whether anything was written.
 */
export const fillGlobal = async (
  payload: Payload,
  slug: GlobalSlug,
  values: { zh: Values; en?: Values },
): Promise<boolean> => {
  let isChanged = false
  for (const locale of ['zh', 'en'] as const) {
    const desired = values[locale]
    if (!desired) continue
    const patch = emptyFieldsToFill(await readGlobal(payload, slug, locale), desired)
    if (!patch) continue
    await writeGlobal(payload, slug, locale, patch)
    isChanged = true
  }
  return isChanged
}

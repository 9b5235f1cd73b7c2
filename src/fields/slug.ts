import type {
  CollectionSlug,
  FieldHook,
  PayloadRequest,
  TextField,
  TextFieldSingleValidation,
  Where,
} from 'payload'
import { validations } from 'payload'
import { pinyin } from 'pinyin-pro'

import { kexieT } from '@/i18n/t'

const MAX_SLUG_LENGTH = 96

/**
 * "青岛国际水大会" -> "qing-dao-guo-ji-shui-da-hui". Slugs are ASCII only so that URLs read the
 * same in every client, log and analytics tool; `v` spells ü as v (绿 -> lv), as URLs usually do.
 */
export const toSlug = (input: unknown): string => {
  if (typeof input !== 'string') return ''
  const syllables = pinyin(input.normalize('NFKC'), {
    toneType: 'none',
    type: 'array',
    nonZh: 'consecutive',
    v: true,
  })
  const slug = syllables
    .join('-')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= MAX_SLUG_LENGTH) return slug
  // Cut at a syllable boundary so a long title does not end in half a word.
  const head = slug.slice(0, MAX_SLUG_LENGTH + 1)
  const boundary = head.lastIndexOf('-')
  return boundary > 0 ? head.slice(0, boundary) : slug.slice(0, MAX_SLUG_LENGTH)
}

type SlugQuery = {
  collection: CollectionSlug
  /** The document being saved, left out of the search so it never collides with itself. */
  id?: number | string
  req: PayloadRequest
}

const excludingSelf = (where: Where, id: SlugQuery['id']): Where =>
  id === undefined ? where : { and: [where, { id: { not_equals: id } }] }

/** `base`, or `base-2`, `base-3`, ... : the first one no other document of the collection uses. */
const firstFreeSlug = async (base: string, { collection, id, req }: SlugQuery): Promise<string> => {
  // overrideAccess: uniqueness is about every document, drafts and other people's included.
  const { docs } = await req.payload.find({
    collection,
    where: excludingSelf({ slug: { like: base } }, id),
    select: { slug: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const taken = new Set(docs.map((doc) => (doc as { slug?: null | string }).slug))
  let candidate = base
  for (let suffix = 2; taken.has(candidate); suffix += 1) candidate = `${base}-${suffix}`
  return candidate
}

const isSlugTaken = async (slug: string, { collection, id, req }: SlugQuery): Promise<boolean> => {
  const { totalDocs } = await req.payload.count({
    collection,
    where: excludingSelf({ slug: { equals: slug } }, id),
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** For a title with nothing to spell (emoji, punctuation) and no earlier slug to keep. */
const FALLBACK_SLUG = 'untitled'

/**
 * A slug the client sent is kept (normalized to the same ASCII form); an empty one is generated
 * from `useAsSlug` and made unique. Runs before validation, so the uniqueness check below sees the
 * final value, and every document ends up with a slug (never an empty string a second one could
 * collide with).
 */
const fillSlug =
  (useAsSlug: string): FieldHook =>
  async ({ collection, originalDoc, previousValue, req, siblingData, value }) => {
    const explicit = toSlug(value)
    if (explicit) return explicit
    if (!collection) return value
    // The title may be missing in the locale being edited: then the slug stays what it was.
    const base =
      toSlug(siblingData?.[useAsSlug] ?? originalDoc?.[useAsSlug]) ||
      toSlug(previousValue) ||
      FALLBACK_SLUG
    return firstFreeSlug(base, { collection: collection.slug, id: originalDoc?.id, req })
  }

/** Only a slug the client chose can collide (generated ones are free by construction). */
const validateSlug: TextFieldSingleValidation = async (value, options) => {
  const checked = validations.text(value, options)
  if (checked !== true) return checked
  const { collectionSlug, id, previousValue, req } = options
  if (typeof value !== 'string' || !value || !collectionSlug || value === previousValue) return true
  const isTaken = await isSlugTaken(value, {
    collection: collectionSlug as CollectionSlug,
    id,
    req,
  })
  return isTaken ? kexieT(req)('kexie:slugTaken', { slug: value }) : true
}

/**
 * The URL segment of a document: unique in its collection, generated from the Chinese title as
 * pinyin when left empty, editable. Payload's own `slugField` generates in a beforeChange hook
 * that cannot see the document id, so it cannot make a slug unique with a suffix; this keeps its
 * admin component (lock, and "generate" through `custom.slugify`) and does the saving here.
 * https://payloadcms.com/docs/fields/text#slug-field
 */
export const slugField = ({ useAsSlug = 'title' }: { useAsSlug?: string } = {}): TextField => ({
  name: 'slug',
  type: 'text',
  label: { zh: '网址别名', en: 'Slug' },
  unique: true,
  index: true,
  maxLength: MAX_SLUG_LENGTH + 8,
  validate: validateSlug,
  hooks: {
    beforeValidate: [fillSlug(useAsSlug)],
    // A copy gets a fresh slug from its title (with a suffix) instead of "<slug> - Copy".
    beforeDuplicate: [() => null],
  },
  custom: {
    slugify: ({ valueToSlugify }: { valueToSlugify?: unknown }) => toSlug(valueToSlugify),
  },
  admin: {
    position: 'sidebar',
    description: {
      zh: '留空则保存时根据标题生成拼音（如 qing-dao-guo-ji-shui-da-hui），重名时自动加 -2、-3。',
      en: 'Leave empty to generate pinyin from the title on save (e.g. qing-dao-guo-ji-shui-da-hui); duplicates get -2, -3.',
    },
    components: {
      Field: {
        path: '@payloadcms/next/client#SlugField',
        clientProps: { useAsSlug },
      },
    },
  },
})

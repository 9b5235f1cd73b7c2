import type { CollectionSlug, PayloadRequest } from 'payload'
import { isolateObjectProperty } from 'payload'

import type { ComplianceOverrideRecord } from '@/workflow/audit/append'
import { WorkflowError } from '@/workflow/errors'
import type { GuardedTransition, StatusSection, TransitionGuard } from '@/workflow/guards'
import { releaseGlobalsOf } from '@/workflow/releases/globals'
import { GLOBALS, isWorkflowGlobal } from '@/workflow/stages'

import { currentRules } from './rules'
import type { Finding } from './scan/document'
import { scanDocument } from './scan/document'

/** The transitions that put text in front of a reviewer or a reader. */
export const GATED_ACTIONS = ['submit', 'approve', 'publish'] as const

/**
 * 409 `{ errors: [{ message, data: { reason: 'compliance', findings } }] }`: the workflow's refusal
 * shape, with every finding (block and warn) so the editor fixes everything in one round.
 */
export class ComplianceError extends WorkflowError {
  constructor(
    message: string,
    readonly findings: Finding[],
    /** For a release: the item whose findings refused it. */
    item?: { collection: string; id: string },
  ) {
    super(message, 409, 'compliance')
    this.data = { reason: 'compliance', findings, ...(item ? { item } : {}) }
  }
}

/**
 * Every finding in the latest version (drafts included) of a document, in all locales. Read with
 * the user's access when `asUser` (the check endpoint), else as the system (the workflow has
 * already decided the user may act on it). Null when there is no such document.
 */
export const documentFindings = async (
  req: PayloadRequest,
  /** A collection, or `globals` (the workflow's name for its globals) with `id` the global's slug. */
  collection: CollectionSlug | typeof GLOBALS,
  id: string,
  { asUser }: { asUser: boolean },
): Promise<Finding[] | null> => {
  // The Local API sets `locale: 'all'` on the request it is given; the transition's own write,
  // later on the same request (and transaction), must keep the request's locale.
  const readReq = isolateObjectProperty(req, ['locale', 'fallbackLocale'])
  const access = asUser ? { user: req.user, overrideAccess: false } : { overrideAccess: true }
  if (collection === GLOBALS) {
    // A workflow global, addressed by its slug.
    if (!isWorkflowGlobal(id)) return null
    const global = await req.payload.findGlobal({
      slug: id,
      draft: true,
      depth: 0,
      locale: 'all',
      req: readReq,
      ...access,
    })
    const fields = req.payload.globals.config.find((config) => config.slug === id)?.fields ?? []
    const rules = await currentRules(readReq)
    return scanDocument(readReq, rules, fields, global as unknown as Record<string, unknown>)
  }
  const doc = await req.payload.findByID({
    collection: collection as CollectionSlug,
    id,
    draft: true,
    depth: 0,
    locale: 'all',
    disableErrors: true,
    req: readReq,
    ...access,
  })
  if (!doc) return null
  const rules = await currentRules(readReq)
  const { fields } = req.payload.collections[collection as CollectionSlug].config
  return scanDocument(readReq, rules, fields, doc as unknown as Record<string, unknown>)
}

const blockedMessage = (req: PayloadRequest, findings: Finding[]) => {
  const terms = [...new Set(findings.map((finding) => finding.rule?.term ?? finding.text))]
  const list = terms.slice(0, 5).join('、') + (terms.length > 5 ? '…' : '')
  return req.i18n?.language === 'en'
    ? `Blocked by the compliance gate: ${list}`
    : `内容安全检查未通过：${list}`
}

type ReleaseItemRef = { relationTo: string; value: string | { id: string } }

const say = (req: PayloadRequest, zh: string, en: string) => (req.i18n?.language === 'en' ? en : zh)

/**
 * Whether this transition is one where a block may be overridden: the last review level's
 * approval, or a publication, by a reviewer or an admin. 403 otherwise; 400 without a comment.
 */
const assertMayOverride = (req: PayloadRequest, transition: GuardedTransition): void => {
  const { actor, action, decision, comment } = transition
  const isReviewer =
    actor.kind === 'user' && actor.roles.some((role) => role === 'reviewer' || role === 'admin')
  const isFinal = action === 'publish' || (action === 'approve' && decision.to === 'approved')
  if (!isReviewer || !isFinal) {
    throw new WorkflowError(
      say(
        req,
        '只有终审的审核人可以放行内容安全检查未通过的稿件',
        'Only a reviewer at the final level may override the compliance gate',
      ),
      403,
      'complianceOverrideNotAllowed',
    )
  }
  if (!comment?.trim()) {
    throw new WorkflowError(
      say(req, '放行须填写意见', 'An override needs a comment'),
      400,
      'commentRequired',
    )
  }
}

const overrideRecord = (blocking: Finding[]): ComplianceOverrideRecord => ({
  findings: blocking.map((finding) => ({
    term: finding.rule?.term ?? finding.text,
    kind: finding.kind,
    path: finding.path,
    locale: finding.locale,
    text: finding.text,
  })),
})

const sameFinding = (
  a: ComplianceOverrideRecord['findings'][number],
  b: ComplianceOverrideRecord['findings'][number],
) => a.term === b.term && a.kind === b.kind && a.path === b.path && a.locale === b.locale

/**
 * A scheduled publication carries out what a reviewer decided when scheduling it: when that
 * publish record overrode findings, the same findings (and no others) pass again at its time.
 */
const scheduledOverride = async (
  req: PayloadRequest,
  { collection, id }: GuardedTransition,
  blocking: ComplianceOverrideRecord,
): Promise<boolean> => {
  // Access skipped: the scheduler reads the document's own history.
  const { docs } = await req.payload.find({
    collection: 'workflow-events',
    where: { documentCollection: { equals: collection }, documentId: { equals: id } },
    sort: '-revision',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const scheduling = docs[0]
  const overridden = scheduling?.action === 'publish' ? scheduling.complianceOverride : null
  if (!overridden?.findings) return false
  return blocking.findings.every((finding) =>
    overridden.findings.some((passed) => sameFinding(passed, finding)),
  )
}

/**
 * The first of a release's items (in its order) with a blocking finding, or null. A release holds
 * hundreds of documents: the rules are read once and each collection's items in one query, with
 * the same reading as `documentFindings` (latest version, every locale); an item that query does
 * not return, and each global, is read on its own.
 */
const firstRefusedItem = async (
  req: PayloadRequest,
  refs: ReleaseItemRef[],
): Promise<null | {
  collection: string
  id: string
  findings: Finding[]
  blocking: Finding[]
}> => {
  const items = refs.map(({ relationTo, value }) => ({
    collection: relationTo,
    id: typeof value === 'object' && value ? String(value.id) : String(value),
  }))
  const readReq = isolateObjectProperty(req, ['locale', 'fallbackLocale'])
  const rules = await currentRules(readReq)
  const docs = new Map<string, Record<string, unknown>>()
  for (const collection of new Set(items.map((item) => item.collection))) {
    if (collection === GLOBALS || !req.payload.collections[collection as CollectionSlug]) continue
    const ids = items.filter((item) => item.collection === collection).map((item) => item.id)
    // Access skipped: as in `documentFindings` for the workflow.
    const { docs: found } = await req.payload.find({
      collection: collection as CollectionSlug,
      where: { id: { in: ids } },
      draft: true,
      depth: 0,
      locale: 'all',
      pagination: false,
      overrideAccess: true,
      req: readReq,
    })
    for (const item of found) docs.set(`${collection}/${item.id}`, item as never)
  }
  for (const { collection, id } of items) {
    const doc = docs.get(`${collection}/${id}`)
    const findings = doc
      ? await scanDocument(
          readReq,
          rules,
          req.payload.collections[collection as CollectionSlug].config.fields,
          doc,
        )
      : ((await documentFindings(req, collection as CollectionSlug, id, { asUser: false })) ?? [])
    const blocking = findings.filter((finding) => finding.severity === 'block')
    if (blocking.length) return { collection, id, findings, blocking }
  }
  return null
}

export const complianceGuard: TransitionGuard = {
  name: 'compliance',
  actions: GATED_ACTIONS,
  check: async (req, transition) => {
    const { collection, id, overrideCompliance, actor, doc } = transition
    if (overrideCompliance) assertMayOverride(req, transition)
    const findings = (await documentFindings(req, collection, id, { asUser: false })) ?? []
    let blocking = findings.filter((finding) => finding.severity === 'block')
    let refusal = () => new ComplianceError(blockedMessage(req, blocking), findings)
    if (!blocking.length && collection === 'releases') {
      // A release goes out with its items: each is checked in order, and the first that would
      // be refused on its own refuses the release, named.
      const items = ((doc as { items?: unknown }).items ?? []) as ReleaseItemRef[]
      const globals = releaseGlobalsOf(doc).map((slug) => ({ relationTo: GLOBALS, value: slug }))
      const refused = await firstRefusedItem(req, [...items, ...globals])
      if (refused) {
        blocking = refused.blocking
        refusal = () =>
          new ComplianceError(
            `${refused.collection}/${refused.id}: ${blockedMessage(req, refused.blocking)}`,
            refused.findings,
            { collection: refused.collection, id: refused.id },
          )
      }
    }
    // Warnings (and overridden blocks) never stop the transition; its answer shows them.
    const answer = findings.length ? { compliance: { findings } } : undefined
    if (!blocking.length) return { answer }
    const record = overrideRecord(blocking)
    if (overrideCompliance) return { record: { complianceOverride: record }, answer }
    if (actor.kind === 'scheduler' && (await scheduledOverride(req, transition, record))) {
      return { record: { complianceOverride: record }, answer }
    }
    throw refusal()
  },
}

/** `compliance: { findings }` in the workflow status answer, computed when asked. */
export const complianceStatus: StatusSection = {
  name: 'compliance',
  value: async (req, { collection, id }) => ({
    findings: (await documentFindings(req, collection, id, { asUser: false })) ?? [],
  }),
}

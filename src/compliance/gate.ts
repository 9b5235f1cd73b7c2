import type { CollectionSlug, PayloadRequest } from 'payload'
import { isolateObjectProperty } from 'payload'

import { WorkflowError } from '@/workflow/errors'
import type { StatusSection, TransitionGuard } from '@/workflow/guards'

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
  collection: CollectionSlug,
  id: string,
  { asUser }: { asUser: boolean },
): Promise<Finding[] | null> => {
  // The Local API sets `locale: 'all'` on the request it is given; the transition's own write,
  // later on the same request (and transaction), must keep the request's locale.
  const readReq = isolateObjectProperty(req, ['locale', 'fallbackLocale'])
  const doc = await req.payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    locale: 'all',
    disableErrors: true,
    req: readReq,
    ...(asUser ? { user: req.user, overrideAccess: false } : { overrideAccess: true }),
  })
  if (!doc) return null
  const rules = await currentRules(readReq)
  return scanDocument(readReq, rules, collection, doc as unknown as Record<string, unknown>)
}

const blockedMessage = (req: PayloadRequest, findings: Finding[]) => {
  const terms = [...new Set(findings.map((finding) => finding.rule?.term ?? finding.text))]
  const list = terms.slice(0, 5).join('、') + (terms.length > 5 ? '…' : '')
  return req.i18n?.language === 'en'
    ? `Blocked by the compliance gate: ${list}`
    : `内容安全检查未通过：${list}`
}

type ReleaseItemRef = { relationTo: string; value: string | { id: string } }

export const complianceGuard: TransitionGuard = {
  name: 'compliance',
  actions: GATED_ACTIONS,
  check: async (req, { collection, id, doc }) => {
    const findings = (await documentFindings(req, collection, id, { asUser: false })) ?? []
    const blocking = findings.filter((finding) => finding.severity === 'block')
    if (blocking.length) throw new ComplianceError(blockedMessage(req, blocking), findings)
    if (collection !== 'releases') return
    // A release goes out with its items: each is checked in order, and the first that would be
    // refused on its own refuses the release, named.
    const items = ((doc as { items?: unknown }).items ?? []) as ReleaseItemRef[]
    for (const { relationTo, value } of items) {
      const itemId = typeof value === 'object' && value ? String(value.id) : String(value)
      const itemFindings =
        (await documentFindings(req, relationTo as CollectionSlug, itemId, { asUser: false })) ?? []
      const itemBlocking = itemFindings.filter((finding) => finding.severity === 'block')
      if (itemBlocking.length) {
        throw new ComplianceError(
          `${relationTo}/${itemId}: ${blockedMessage(req, itemBlocking)}`,
          itemFindings,
          { collection: relationTo, id: itemId },
        )
      }
    }
  },
}

/** `compliance: { findings }` in the workflow status answer, computed when asked. */
export const complianceStatus: StatusSection = {
  name: 'compliance',
  value: async (req, { collection, id }) => ({
    findings: (await documentFindings(req, collection, id, { asUser: false })) ?? [],
  }),
}

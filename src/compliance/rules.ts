import type { Payload, PayloadRequest } from 'payload'

import type { ComplianceRule } from '@/payload-types'

import type { CompiledRules, MatchRule } from './text/matcher'
import { compileRules } from './text/matcher'

export const RULES_SLUG = 'compliance-rules'

type Cached = { stamp: string; rules: CompiledRules }

// One matcher per Payload instance (per server process), rebuilt when the lists change.
const cache = new WeakMap<Payload, Cached>()
const building = new WeakMap<Payload, Promise<Cached>>()

/**
 * What identifies the state of the lists: how many rules there are and the newest change. Any
 * create, edit or delete, on any server process, changes one or the other, so every process sees
 * a change at its next check without a restart or a message between processes. One indexed query.
 */
const listStamp = async (req: PayloadRequest): Promise<string> => {
  // Access skipped: the gate applies the lists whoever's transition it checks.
  const newest = await req.payload.find({
    collection: RULES_SLUG,
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    select: { updatedAt: true },
    overrideAccess: true,
    req,
  })
  return `${newest.totalDocs}:${newest.docs[0]?.updatedAt ?? ''}`
}

const toMatchRule = (rule: ComplianceRule): MatchRule => ({
  id: String(rule.id),
  term: rule.term,
  kind: rule.kind,
  category: rule.category ?? null,
  replacement: rule.replacement ?? null,
})

const build = async (req: PayloadRequest, stamp: string): Promise<Cached> => {
  // Access skipped: as above.
  const { docs } = await req.payload.find({
    collection: RULES_SLUG,
    where: { enabled: { equals: true } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return { stamp, rules: compileRules(docs.map(toMatchRule)) }
}

/** The enabled rules, compiled; rebuilt only when the lists have changed since the last call. */
export const currentRules = async (req: PayloadRequest): Promise<CompiledRules> => {
  const stamp = await listStamp(req)
  const cached = cache.get(req.payload)
  if (cached?.stamp === stamp) return cached.rules
  const pending = building.get(req.payload)
  if (pending) {
    const built = await pending
    if (built.stamp === stamp) return built.rules
  }
  const next = build(req, stamp)
  building.set(req.payload, next)
  try {
    const built = await next
    cache.set(req.payload, built)
    return built.rules
  } finally {
    if (building.get(req.payload) === next) building.delete(req.payload)
  }
}

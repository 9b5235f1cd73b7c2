/**
 * The admin speaks Chinese first: every label, description, option, group and message of ours
 * has zh and en text. A field without a label would show Payload's English rendering of its name
 * (`titlePinyin` → "Title Pinyin") in the Chinese admin, so this walks the sanitized config, where
 * Payload has already filled such gaps with English strings.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import type {
  Field,
  SanitizedCollectionConfig,
  SanitizedConfig,
  SanitizedGlobalConfig,
} from 'payload'

import { translations } from '@/i18n/translations'
import { actionLabels, collectionLabels, stageLabels } from '@/workflow/stages'

import { freshDatabaseUri } from '../helpers/database'

let config: SanitizedConfig

beforeAll(async () => {
  // The config reads DATABASE_URI when imported; nothing connects to it here.
  process.env.DATABASE_URI = freshDatabaseUri('admin-labels')
  const { default: configPromise } = await import('@payload-config')
  config = await configPromise
})

/** Payload's own collections, labelled by Payload in every language it ships. */
const isPayloadInternal = (slug: string) => slug.startsWith('payload-')

/**
 * Payload's own fields, labelled through its translations (functions) or meant to be hidden
 * plumbing: checked by the same rule anyway, so only names Payload owns and labels itself are
 * skipped.
 */
const PAYLOAD_OWNED = new Set(['id', 'createdAt', 'updatedAt', '_status', 'deletedAt'])

type Problem = string

/** A label is fine when Payload translates it (a function), it is hidden (`false`), or it is ours in both languages. */
const checkText = (
  value: unknown,
  where: string,
  problems: Problem[],
  { isOptional = false } = {},
) => {
  if (value === undefined && isOptional) return
  if (value === false || typeof value === 'function') return
  if (typeof value === 'object' && value !== null) {
    const { zh, en } = value as Record<string, unknown>
    if (typeof zh !== 'string' || !zh.trim()) problems.push(`${where}: no zh text`)
    if (typeof en !== 'string' || !en.trim()) problems.push(`${where}: no en text`)
    return
  }
  problems.push(`${where}: ${JSON.stringify(value)} is one language only`)
}

const isHiddenEverywhere = (field: Field): boolean => {
  const { hidden, admin } = field as {
    hidden?: boolean
    admin?: { hidden?: boolean; disabled?: boolean }
  }
  return Boolean(hidden || admin?.hidden || admin?.disabled)
}

const checkFields = (fields: Field[], where: string, problems: Problem[]) => {
  for (const field of fields) {
    const name = 'name' in field ? field.name : undefined
    const here = `${where}.${name ?? field.type}`
    if (name && PAYLOAD_OWNED.has(name)) continue
    const label = 'label' in field ? field.label : undefined
    // Payload's own plumbing (password hash, focal point...): hidden everywhere, never labelled.
    const isUnlabelledPlumbing = label === undefined && isHiddenEverywhere(field)
    if (isUnlabelledPlumbing) continue
    if (name && field.type !== 'ui') checkText(label, here, problems)
    const description =
      field.admin && 'description' in field.admin ? field.admin.description : undefined
    checkText(description, `${here} (description)`, problems, { isOptional: true })
    if ('options' in field && Array.isArray(field.options)) {
      for (const option of field.options) {
        if (typeof option === 'object')
          checkText(option.label, `${here} option ${option.value}`, problems)
      }
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        checkText(tab.label, `${here} tab ${'name' in tab ? tab.name : ''}`, problems)
        checkFields(tab.fields, here, problems)
      }
    } else if ('fields' in field && Array.isArray(field.fields)) {
      checkFields(field.fields, here, problems)
    }
    if ('blocks' in field && Array.isArray(field.blocks)) {
      for (const block of field.blocks) {
        if (typeof block === 'string') continue
        checkText(block.labels?.singular, `${here} block ${block.slug}`, problems)
        checkFields(block.fields, `${here}.${block.slug}`, problems)
      }
    }
  }
}

const checkEntity = (
  entity: SanitizedCollectionConfig | SanitizedGlobalConfig,
  kind: 'collection' | 'global',
): Problem[] => {
  const problems: Problem[] = []
  const where = `${kind} ${entity.slug}`
  if ('labels' in entity) {
    checkText(entity.labels.singular, `${where} (singular)`, problems)
    checkText(entity.labels.plural, `${where} (plural)`, problems)
  } else {
    checkText(entity.label, `${where} (label)`, problems)
  }
  checkText(entity.admin?.group, `${where} (nav group)`, problems, { isOptional: true })
  checkText(entity.admin?.description, `${where} (description)`, problems, { isOptional: true })
  checkFields(entity.fields, where, problems)
  return problems
}

describe('admin labels', () => {
  it('labels every collection of ours, its fields and options, in zh and en', () => {
    const collections = config.collections.filter(({ slug }) => !isPayloadInternal(slug))
    expect(collections.length).toBeGreaterThanOrEqual(13)
    expect(collections.flatMap((collection) => checkEntity(collection, 'collection'))).toEqual([])
  })

  it('labels every global, its fields and options, in zh and en', () => {
    expect(config.globals.length).toBeGreaterThanOrEqual(4)
    expect(config.globals.flatMap((global) => checkEntity(global, 'global'))).toEqual([])
  })

  it('has every message of ours in both admin languages', () => {
    const keys = (messages: Record<string, Record<string, string>>) =>
      Object.entries(messages).flatMap(([group, entries]) =>
        Object.entries(entries)
          .filter(([, text]) => text.trim())
          .map(([key]) => `${group}:${key}`),
      )
    const zh = keys(translations.zh)
    expect(zh.length).toBeGreaterThan(50)
    expect(keys(translations.en).sort()).toEqual([...zh].sort())
  })

  it('names every stage, action and workflow collection in zh and en', () => {
    const problems: Problem[] = []
    for (const [name, label] of Object.entries({
      ...stageLabels,
      ...actionLabels,
      ...collectionLabels,
    })) {
      checkText(label, name, problems)
    }
    expect(problems).toEqual([])
  })
})

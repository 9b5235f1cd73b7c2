/**
 * Every page of the admin a member of staff reaches from the navigation, in a real Chromium against
 * the production build with the demo content (`npm run test:e2e`): the dashboard, the custom views,
 * the list view of every collection and the edit view of every global, all derived from the
 * Payload config, as the admin and as an editor. A page fails on any answer of 400 or above to a
 * request it makes and on any console error. Relation columns must show the related document's
 * title: Payload's `无标题 - ID: …` is what a cell shows when the admin's own request for the
 * labels is refused.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'
import type { ClientUser, SanitizedCollectionConfig, SanitizedConfig } from 'payload'

import { logIn } from './support/admin'
import type { Session } from './support/browser'
import { evidenceRecorder } from './support/browser'
import { setUpBrowserScenario } from './support/scenario'

const SCENARIO_TIMEOUT_MS = 10 * 60_000
/** The content locale the admin opens in (the config's default locale). */
const LOCALE = 'zh'

const scenario = setUpBrowserScenario()
let config: SanitizedConfig

beforeAll(async () => {
  config = await (await import('@payload-config')).default
})

type Json = Record<string, unknown>

const { password } = scenario

/**
 * A GET from inside the page, with the session's own cookie: the oracle reads what this user may
 * read, exactly as the admin would. Such a request is the page's too, so it is held to the same
 * rule of no answer of 400 or above.
 */
const pageGet = async (page: Page, path: string): Promise<Json> => {
  const { status, body } = await page.evaluate(async (url) => {
    const response = await fetch(url, { credentials: 'include' })
    return { status: response.status, body: await response.text() }
  }, path)
  if (status !== 200) throw new Error(`GET ${path} answered ${status}: ${body}`)
  return JSON.parse(body) as Json
}

/** Documents of `slug` by id, as the admin reads them (latest draft, content locale, no depth). */
const docsById = async (page: Page, slug: string, ids: string[]) => {
  const query = new URLSearchParams({
    depth: '0',
    draft: 'true',
    locale: LOCALE,
    limit: String(ids.length),
    'where[id][in]': ids.join(','),
  })
  const { docs } = (await pageGet(page, `/api/${slug}?${query}`)) as { docs: Json[] }
  return new Map(docs.map((doc) => [String(doc.id), doc]))
}

const idOf = (value: unknown): string | undefined => {
  if (value === null || value === undefined || value === '') return undefined
  if (typeof value === 'object') return String((value as Json).id)
  return String(value)
}

type Entity = { slug: string; admin: { hidden?: unknown } }

const isHiddenFor = (entity: Entity, user: ClientUser) => {
  const { hidden } = entity.admin
  return typeof hidden === 'function' ? Boolean(hidden({ user })) : Boolean(hidden)
}

/** `/api/access` answers `read: true` or `{ permission: true, where }` for what a user may read. */
const canRead = (access: Json, kind: 'collections' | 'globals', slug: string) => {
  const read = ((access[kind] as Record<string, Json | undefined>)[slug] ?? {}).read
  return read === true || (typeof read === 'object' && (read as Json)?.permission === true)
}

/** The relationship columns a list shows by default, each to one collection. */
const relationColumns = (collection: SanitizedCollectionConfig) =>
  (collection.admin.defaultColumns ?? []).flatMap((name) => {
    const field = collection.flattenedFields.find((candidate) => candidate.name === name)
    if (field?.type !== 'relationship' || typeof field.relationTo !== 'string') return []
    return [{ name, relationTo: field.relationTo, hasMany: Boolean(field.hasMany) }]
  })

type Row = { id: string; cells: Record<string, string> }

/** The list table's rows: each document's id (from its link) and its cells' text by field. */
const tableRows = (page: Page, slug: string): Promise<Row[]> =>
  page.$$eval(
    '.collection-list .table tbody tr',
    (rows, collectionPath) =>
      rows.map((row) => {
        const href = row.querySelector(`a[href*="${collectionPath}"]`)?.getAttribute('href') ?? ''
        const cells: Record<string, string> = {}
        for (const cell of Array.from(row.querySelectorAll('td'))) {
          const name = Array.from(cell.classList).find((name) => name.startsWith('cell-'))
          if (name) cells[name.slice('cell-'.length)] = (cell.textContent ?? '').trim()
        }
        return { id: href.split(collectionPath)[1]?.split(/[/?#]/)[0] ?? '', cells }
      }),
    `/collections/${slug}/`,
  )

const UNTITLED = /无标题|Untitled/

/**
 * Checks every relation cell on the page against the related document's title; how many it
 * checked, by `collection/field`.
 */
const checkRelationCells = async (
  page: Page,
  collection: SanitizedCollectionConfig,
  checked: Map<string, number>,
) => {
  const columns = relationColumns(collection)
  if (!columns.length) return
  // A cell says 加载中 until the admin's request for the labels has been answered.
  await page.waitForFunction(
    () =>
      !Array.from(document.querySelectorAll('.collection-list .table td')).some((cell) =>
        /加载中|Loading/.test(cell.textContent ?? ''),
      ),
  )
  const rows = (await tableRows(page, collection.slug)).filter((row) => row.id)
  if (!rows.length) return
  const docs = await docsById(
    page,
    collection.slug,
    rows.map((row) => row.id),
  )
  for (const { name, relationTo } of columns) {
    const related = config.collections.find(({ slug }) => slug === relationTo)!
    const titleField = related.admin.useAsTitle ?? 'id'
    const idsByRow = rows.map((row) => {
      const value = docs.get(row.id)?.[name]
      return (Array.isArray(value) ? value : [value]).map(idOf).filter((id) => id !== undefined)
    })
    const relatedIds = [...new Set(idsByRow.flat())]
    if (!relatedIds.length) continue
    const relatedDocs = await docsById(page, relationTo, relatedIds)
    rows.forEach((row, index) => {
      const cell = row.cells[name] ?? ''
      expect([collection.slug, row.id, name, cell]).toEqual([
        collection.slug,
        row.id,
        name,
        expect.not.stringMatching(UNTITLED),
      ])
      for (const id of idsByRow[index]) {
        const title = String(relatedDocs.get(id)?.[titleField] ?? '')
        expect(title).not.toBe('')
        expect([collection.slug, row.id, name, cell]).toEqual([
          collection.slug,
          row.id,
          name,
          expect.stringContaining(title),
        ])
        const key = `${collection.slug}/${name}`
        checked.set(key, (checked.get(key) ?? 0) + 1)
      }
    })
  }
}

/** Fails with every problem the page had since the last call, then starts a clean record. */
const expectNoProblems = (session: Session) => {
  const problems = session.problems.splice(0)
  expect(problems).toEqual([])
}

const walkAdmin = async (label: string, email: string) => {
  const { step } = evidenceRecorder(`admin walk ${label}`)
  const session = await scenario.open(label)
  const { page } = session
  await step('logs in', session, () => logIn(session, scenario.stack.url, email, password(email)))
  session.problems.length = 0

  const { user } = (await pageGet(page, '/api/users/me')) as { user: ClientUser }
  const access = await pageGet(page, '/api/access')
  const collections = config.collections.filter(
    (collection) =>
      !isHiddenFor(collection, user) && canRead(access, 'collections', collection.slug),
  )
  const globals = config.globals.filter(
    (global) => !isHiddenFor(global, user) && canRead(access, 'globals', global.slug),
  )
  const customViews = Object.values(config.admin.components?.views ?? {}).flatMap((view) =>
    view && typeof view === 'object' && 'path' in view && typeof view.path === 'string'
      ? [view.path]
      : [],
  )

  const navIds = await step('the navigation lists what this account can use', session, async () => {
    await page.goto(`${scenario.stack.url}/admin`, { waitUntil: 'networkidle' })
    // The links to collections and globals (the nav also holds links of our own, to 待审核).
    const ids = await page.$$eval('.nav a.nav__link[href]', (links) =>
      links.flatMap((link) => {
        const match = /\/admin\/(collections|globals)\/([^/?#]+)$/.exec(
          new URL((link as HTMLAnchorElement).href).pathname,
        )
        return match ? [`${match[1]}/${match[2]}`] : []
      }),
    )
    expect(ids.sort()).toEqual(
      [
        ...collections.map(({ slug }) => `collections/${slug}`),
        ...globals.map(({ slug }) => `globals/${slug}`),
      ].sort(),
    )
    expectNoProblems(session)
    return ids
  })

  for (const path of customViews) {
    await step(`view ${path}`, session, async () => {
      await page.goto(`${scenario.stack.url}/admin${path}`, { waitUntil: 'networkidle' })
      expectNoProblems(session)
    })
  }

  const checked = new Map<string, number>()
  for (const collection of collections) {
    await step(`list of ${collection.slug}`, session, async () => {
      await page.goto(`${scenario.stack.url}/admin/collections/${collection.slug}`, {
        waitUntil: 'networkidle',
      })
      await page.locator('.collection-list').waitFor()
      await checkRelationCells(page, collection, checked)
      expect(await page.locator('.collection-list').innerText()).not.toMatch(/无标题 - ID: /)
      expectNoProblems(session)
    })
  }

  for (const global of globals) {
    await step(`global ${global.slug}`, session, async () => {
      await page.goto(`${scenario.stack.url}/admin/globals/${global.slug}`, {
        waitUntil: 'networkidle',
      })
      await page.locator('form').first().waitFor()
      expectNoProblems(session)
    })
  }
  return { navIds, checked }
}

/** The demo content has each of these relations on the first page of its list. */
const uncheckedRelations = (checked: Map<string, number>) =>
  ['articles/category', 'events/parent', 'award-recipients/award'].filter(
    (column) => !checked.get(column),
  )

describe('the admin, page by page', () => {
  it(
    'the admin sees every collection and global, and relation columns show names',
    async () => {
      const { navIds, checked } = await walkAdmin('admin', 'admin@kexie.test')
      expect(navIds).toEqual(
        expect.arrayContaining([
          'collections/users',
          'globals/site-settings',
          'globals/workflow-settings',
        ]),
      )
      expect(uncheckedRelations(checked)).toEqual([])
    },
    SCENARIO_TIMEOUT_MS,
  )

  it(
    'an editor sees only what an editor can use, and relation columns show names',
    async () => {
      const { navIds, checked } = await walkAdmin('editor', 'editor1@kexie.test')
      for (const adminOnly of [
        'collections/users',
        'globals/site-settings',
        'globals/workflow-settings',
        'collections/search-index',
      ]) {
        expect(navIds).not.toContain(adminOnly)
      }
      // Editors draft both public globals (they are under review).
      expect(navIds).toEqual(
        expect.arrayContaining([
          'collections/articles',
          'globals/homepage',
          'globals/official-figures',
        ]),
      )
      expect(uncheckedRelations(checked)).toEqual([])
    },
    SCENARIO_TIMEOUT_MS,
  )
})

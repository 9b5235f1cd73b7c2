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
import { openTimed, speedReport } from './support/speed'

const SCENARIO_TIMEOUT_MS = 10 * 60_000
/** The content locale the admin opens in (the config's default locale). */
const LOCALE = 'zh'

const scenario = setUpBrowserScenario()
let config: SanitizedConfig
/** The time to a usable page of every page walked: test-results/admin-speed.json. */
const speed = speedReport()

/** What shows that a custom view of ours has rendered its content. */
const VIEW_READY: Record<string, string> = {
  '/review-queue': '.kx-wf-queue',
  '/calendar': '.kx-calendar__grid',
}

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
  const listed = (await tableRows(page, collection.slug)).filter((row) => row.id)
  if (!listed.length) return
  const docs = await docsById(
    page,
    collection.slug,
    listed.map((row) => row.id),
  )
  // What each relation cell must show: the related documents' titles, read through the API.
  const expected = await Promise.all(
    columns.map(async ({ name, relationTo }) => {
      const related = config.collections.find(({ slug }) => slug === relationTo)!
      const titleField = related.admin.useAsTitle ?? 'id'
      const idsByRow = listed.map((row) => {
        const value = docs.get(row.id)?.[name]
        return (Array.isArray(value) ? value : [value]).map(idOf).filter((id) => id !== undefined)
      })
      const relatedIds = [...new Set(idsByRow.flat())]
      const relatedDocs = relatedIds.length
        ? await docsById(page, relationTo, relatedIds)
        : new Map()
      const titles = idsByRow.map((ids) =>
        ids.map((id) => String(relatedDocs.get(id)?.[titleField] ?? '')),
      )
      return { name, titles }
    }),
  )
  // A relation cell fetches its labels once it scrolls into view: 加载中 until they arrive, and
  // before that it may be empty. Wait for the labels (or a refusal's 无标题) before reading.
  await page.waitForFunction(
    ({ rows, expected }) =>
      expected.every(({ name, titles }) =>
        rows.every((id, index) => {
          const row = Array.from(
            document.querySelectorAll('.collection-list .table tbody tr'),
          ).find((candidate) => candidate.querySelector(`a[href*="/${id}"]`))
          const text = row?.querySelector(`td.cell-${name}`)?.textContent ?? ''
          return (
            /无标题|Untitled/.test(text) || titles[index].every((title) => text.includes(title))
          )
        }),
      ),
    { rows: listed.map((row) => row.id), expected },
  )
  const rows = await tableRows(page, collection.slug)
  for (const { name, titles } of expected) {
    listed.forEach(({ id }, index) => {
      const cell = rows.find((row) => row.id === id)?.cells[name] ?? ''
      expect([collection.slug, id, name, cell]).toEqual([
        collection.slug,
        id,
        name,
        expect.not.stringMatching(UNTITLED),
      ])
      for (const title of titles[index]) {
        expect(title).not.toBe('')
        expect([collection.slug, id, name, cell]).toEqual([
          collection.slug,
          id,
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
  const timed = async (name: string, path: string, ready: string) =>
    speed.add({
      role: label,
      page: name,
      ms: await openTimed(page, `${scenario.stack.url}${path}`, ready),
    })
  await step('logs in', session, async () => {
    const ms = await logIn(session, scenario.stack.url, email, password(email))
    speed.add({ role: label, page: 'login', ms })
  })
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
    await timed('dashboard', '/admin', '.dashboard')
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
      await timed(`view ${path}`, `/admin${path}`, VIEW_READY[path] ?? '.gutter')
      expectNoProblems(session)
    })
  }

  const checked = new Map<string, number>()
  for (const collection of collections) {
    await step(`list of ${collection.slug}`, session, async () => {
      const list = `/admin/collections/${collection.slug}`
      await timed(`list ${collection.slug}`, list, '.collection-list')
      await checkRelationCells(page, collection, checked)
      expect(await page.locator('.collection-list').innerText()).not.toMatch(/无标题 - ID: /)
      expectNoProblems(session)
      const [first] = (await tableRows(page, collection.slug)).filter((row) => row.id)
      if (!first) return
      await timed(`document ${collection.slug}`, `${list}/${first.id}`, '.document-fields')
      expectNoProblems(session)
    })
  }

  for (const global of globals) {
    await step(`global ${global.slug}`, session, async () => {
      await timed(`global ${global.slug}`, `/admin/globals/${global.slug}`, '.document-fields')
      expectNoProblems(session)
    })
  }
  speed.write()
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

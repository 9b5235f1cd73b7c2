/**
 * The editorial flow in a real Chromium, through the Chinese admin UI, against the production
 * build (`npm run test:e2e`): an editor writes an article, a reviewer sends it back, the editor
 * revises it, two review levels approve it, a reviewer publishes it, and only then do the public
 * REST and GraphQL APIs serve it. Every step leaves a screenshot under test-results/e2e/.
 */
import { describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'
import sharp from 'sharp'

import { collectionLabels, stageLabels } from '../../src/workflow/stages'

import {
  logIn,
  logInRefused,
  offeredActions,
  openDocument,
  takeAction,
  waitForStage,
} from './support/admin'
import { evidenceRecorder, UI_TIMEOUT_MS, waitForText, waitForValue } from './support/browser'
import { setUpBrowserScenario } from './support/scenario'

const SCENARIO_TIMEOUT_MS = 10 * 60_000

const scenario = setUpBrowserScenario()
const session = (label: string) => scenario.open(label)
const { password } = scenario

/** What an anonymous reader gets for the article, over REST (depth 1) and GraphQL. */
const publicArticle = async (slug: string) => {
  const rest = await fetch(
    `${scenario.stack.url}/api/articles?depth=1&where[slug][equals]=${encodeURIComponent(slug)}`,
  )
  expect(rest.status).toBe(200)
  const restDocs = ((await rest.json()) as { docs: Record<string, unknown>[] }).docs

  const graphql = await fetch(`${scenario.stack.url}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      query: `query ($slug: String!) {
        Articles(where: { slug: { equals: $slug } }) {
          docs {
            title
            slug
            content
            coverImage { alt url sizes { thumbnail { url width height } card { url width height } } }
          }
        }
      }`,
      variables: { slug },
    }),
  })
  expect(graphql.status).toBe(200)
  const body = (await graphql.json()) as {
    data?: { Articles: { docs: Record<string, unknown>[] } }
    errors?: unknown[]
  }
  expect(body.errors).toBeUndefined()
  return { rest: restDocs, graphql: body.data?.Articles.docs ?? [] }
}

/** The text of a Lexical document's nodes of one type (`heading`, `listitem`...). */
const textsOf = (content: unknown, type: string): string[] => {
  const found: string[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const { type: nodeType, children } = node as { type?: string; children?: unknown[] }
    if (nodeType === type) {
      found.push((children ?? []).map((child) => (child as { text?: string }).text ?? '').join(''))
    }
    for (const child of children ?? []) walk(child)
  }
  walk((content as { root?: unknown })?.root)
  return found
}

const TITLE = '青岛市科协举办全国科普日主场活动'
const SLUG = 'qing-dao-shi-ke-xie-ju-ban-quan-guo-ke-pu-ri-zhu-chang-huo-dong'
const CHANGES = '请补充活动的时间和地点。'

/** Where the admin shows labels, headings, buttons and messages (not the content itself). */
const CHROME_SELECTOR = [
  'label',
  '.field-label',
  'thead th',
  'button',
  '.nav a',
  '.tabs-field__tab-button',
  'h1',
  'h2',
  'h3',
  'h4',
  '.kx-stage',
  '.field-description',
  'legend',
  '.pill',
  '.step-nav',
  '.doc-controls',
].join(', ')

/**
 * Words that are Chinese admin vocabulary as they are (Webhook, API, SEO...), and the language
 * switcher's own name for English.
 */
const ACCEPTED_LATIN = /\b(Webhooks?|API|URL|SEO|ICP|MIME|JSON|ID|WebP|Payload)\b|English\s\(en\)/g

/** The admin's texts on the current page that still hold a Latin word of three letters or more. */
const englishOnPage = async (page: Page): Promise<string[]> => {
  const texts = await page.$$eval(CHROME_SELECTOR, (elements) =>
    elements.map((element) => (element as HTMLElement).innerText.trim()),
  )
  return [...new Set(texts)].filter((text) => /[A-Za-z]{3,}/.test(text.replace(ACCEPTED_LATIN, '')))
}

const ADMIN_PAGES = [
  '/admin',
  '/admin/review-queue',
  ...[
    'articles',
    'events',
    'science-education-bases',
    'volunteer-teams',
    'awards',
    'award-recipients',
    'categories',
    'media',
    'users',
    'webhooks',
    'webhook-deliveries',
    'workflow-events',
    'search-index',
  ].flatMap((slug) => [`/admin/collections/${slug}`, `/admin/collections/${slug}/create`]),
  ...['site-settings', 'homepage', 'official-figures', 'workflow-settings'].map(
    (slug) => `/admin/globals/${slug}`,
  ),
]

describe('the editorial flow in the admin UI', () => {
  it(
    'takes an article from an editor through review to the public API',
    async () => {
      const { step } = evidenceRecorder('editorial-flow')
      const editor = await session('editor')
      const reviewer = await session('reviewer')
      const admin = await session('admin')
      const cover = await sharp({
        create: { width: 1600, height: 900, channels: 3, background: '#1f6fb2' },
      })
        .jpeg()
        .toBuffer()
      let id = ''

      await step('editor logs in', editor, () =>
        logIn(editor, scenario.stack.url, 'editor1@kexie.test', password('editor1@kexie.test')),
      )

      await step('editor writes a new article', editor, async () => {
        const { page } = editor
        await page.goto(`${scenario.stack.url}/admin/collections/articles/create`, {
          waitUntil: 'networkidle',
        })
        // The Chinese admin: the collection's own name and Payload's words for "create new".
        await waitForText(page.locator('.step-nav'), collectionLabels.articles.zh)
        await page.fill('#field-title', TITLE)
        await page.locator('[data-lexical-editor="true"]').first().click()
        // Lexical's Markdown shortcuts: `## ` starts a heading, `- ` a bulleted list.
        await page.keyboard.type('## 活动亮点')
        await page.keyboard.press('Enter')
        await page.keyboard.type('- 机器人编程体验')
        await page.keyboard.press('Enter')
        await page.keyboard.type('无人机科普表演')
        await page.locator('[data-lexical-editor="true"] h2', { hasText: '活动亮点' }).waitFor()
        await page.locator('[data-lexical-editor="true"] ul li').nth(1).waitFor()
      })

      await step('editor uploads a cover image with alt text', editor, async () => {
        const { page } = editor
        await page.click('#field-coverImage button:has-text("创建新条目")')
        const drawer = page.locator('dialog[open]').last()
        await drawer.locator('input[type="file"]').setInputFiles({
          name: 'kepuri-cover.jpg',
          mimeType: 'image/jpeg',
          buffer: cover,
        })
        await drawer.locator('#field-alt').fill('全国科普日主场活动现场')
        await drawer.locator('#action-save').click()
        await drawer.waitFor({ state: 'hidden' })
        await waitForText(page.locator('#field-coverImage'), /kepuri-cover.*\.webp/)
      })

      await step('editor saves the draft and sees the pinyin slug', editor, async () => {
        const { page } = editor
        expect(await page.locator('#action-save').count()).toBe(0)
        await page.click('#action-save-draft')
        await page.waitForURL(/\/admin\/collections\/articles\/[0-9a-f-]{36}$/)
        id = page.url().split('/').pop() ?? ''
        expect(await waitForValue(page, '#field-slug', /\S/)).toBe(SLUG)
        await waitForStage(page, 'draft')
        // No Publish button of Payload's, and the workflow offers an editor submission only.
        expect(await page.locator('#action-save').count()).toBe(0)
        expect(await offeredActions(page)).toEqual(['kx-wf-submit'])
      })

      await step('editor submits it for review to the reviewer', editor, () =>
        takeAction(editor.page, 'submit', 'in_review', { assignee: '审核员（演示）' }),
      )

      await step('the editor now sees it read-only, with the reason', editor, async () => {
        const { page } = editor
        await openDocument(editor, scenario.stack.url, 'articles', id)
        await waitForText(page.locator('.kx-wf-notice'), '撤回后才能编辑')
        expect(await page.locator('#field-title').isDisabled()).toBe(true)
        expect(
          await page
            .locator('[data-lexical-editor="true"]')
            .first()
            .getAttribute('contenteditable'),
        ).toBe('false')
        expect(await page.locator('#action-save-draft').count()).toBe(0)
        expect(await offeredActions(page)).toEqual(['kx-wf-withdraw'])
      })

      await step('nothing is public yet', editor, async () => {
        expect(await publicArticle(SLUG)).toEqual({ rest: [], graphql: [] })
      })

      await step(
        'reviewer logs in and sees the review queue on the dashboard',
        reviewer,
        async () => {
          await logIn(
            reviewer,
            scenario.stack.url,
            'reviewer@kexie.test',
            password('reviewer@kexie.test'),
          )
          const { page } = reviewer
          await page.locator('.kx-wf-widget').waitFor()
          // 新闻: the seeded article in review and this one.
          const articleRow = page.locator('.kx-wf-widget__counts tbody tr', {
            hasText: collectionLabels.articles.zh,
          })
          expect(
            (await articleRow.locator('td').allInnerTexts()).map((text) => text.trim()),
          ).toEqual(['新闻', '0', '2', '0', '0', '1', '0'])
        },
      )

      await step('reviewer opens it from 待审核', reviewer, async () => {
        const { page } = reviewer
        await page.locator('.kx-wf-widget__header a', { hasText: '待审核' }).click()
        await page.waitForURL(/\/admin\/review-queue/)
        const row = page.locator('.kx-wf-queue-table tbody tr', { hasText: TITLE })
        await waitForText(row, '审核员（演示）')
        await row.locator('a', { hasText: TITLE }).click()
        await page.waitForURL(new RegExp(`/admin/collections/articles/${id}`))
        await waitForStage(page, 'in_review')
        expect(await offeredActions(page)).toEqual(
          expect.arrayContaining(['kx-wf-approve', 'kx-wf-request_changes']),
        )
      })

      await step('reviewer requests changes with a comment', reviewer, async () => {
        const { page } = reviewer
        // The comment is required: the dialog says so rather than sending an empty one.
        await page.click('#kx-wf-request_changes')
        await page.click('#kx-wf-confirm')
        await waitForText(page.locator('.kx-wf-action-dialog .kx-wf-dialog__error'), '须填写意见')
        await page.locator('.kx-wf-action-dialog textarea').fill(CHANGES)
        await page.click('#kx-wf-confirm')
        await waitForStage(page, 'changes_requested')
      })

      await step('editor sees 退回修改 and the comment', editor, async () => {
        const { page } = editor
        await openDocument(editor, scenario.stack.url, 'articles', id)
        await waitForStage(page, 'changes_requested')
        expect(await page.innerText('.kx-wf-panel .kx-stage')).toBe('退回修改')
        await waitForText(page.locator('.kx-wf-notice'), CHANGES)
        expect(await page.locator('#field-title').isDisabled()).toBe(false)
      })

      await step('editor revises the body and saves', editor, async () => {
        const { page } = editor
        await page.locator('[data-lexical-editor="true"] ul li').last().click()
        await page.keyboard.press('End')
        await page.keyboard.press('Enter')
        await page.keyboard.type('9月20日 青岛市科技馆')
        await page.locator('[data-lexical-editor="true"] ul li').nth(2).waitFor()
        const saved = page.waitForResponse(
          (response) =>
            response.url().includes(`/api/articles/${id}`) && response.request().method() !== 'GET',
        )
        await page.click('#action-save-draft')
        expect((await saved).status()).toBe(200)
      })

      await step('editor resubmits', editor, () =>
        takeAction(editor.page, 'submit', 'in_review', { comment: '已补充时间和地点。' }),
      )

      await step('reviewer approves the first review level', reviewer, async () => {
        await openDocument(reviewer, scenario.stack.url, 'articles', id)
        await takeAction(reviewer.page, 'approve', 'in_review')
        await waitForText(reviewer.page.locator('.kx-wf-panel'), '第1审')
      })

      await step('admin approves the second review level', admin, async () => {
        await logIn(admin, scenario.stack.url, 'admin@kexie.test', password('admin@kexie.test'))
        await openDocument(admin, scenario.stack.url, 'articles', id)
        await takeAction(admin.page, 'approve', 'approved')
      })

      await step('nothing is public before it is published', admin, async () => {
        expect(await publicArticle(SLUG)).toEqual({ rest: [], graphql: [] })
      })

      await step('reviewer publishes it', reviewer, async () => {
        await openDocument(reviewer, scenario.stack.url, 'articles', id)
        await takeAction(reviewer.page, 'publish', 'published')
        expect(await reviewer.page.innerText('.kx-wf-panel .kx-stage')).toBe('已发布')
      })

      await step(
        'anonymous REST and GraphQL serve it with body and image sizes',
        reviewer,
        async () => {
          const { rest, graphql } = await publicArticle(SLUG)
          expect(rest).toHaveLength(1)
          expect(graphql).toHaveLength(1)
          for (const doc of [rest[0], graphql[0]]) {
            expect(doc.title).toBe(TITLE)
            expect(textsOf(doc.content, 'heading')).toEqual(['活动亮点'])
            expect(textsOf(doc.content, 'listitem')).toEqual([
              '机器人编程体验',
              '无人机科普表演',
              '9月20日 青岛市科技馆',
            ])
            const image = doc.coverImage as {
              alt: string
              sizes: Record<string, { url: string; width: number; height: number }>
            }
            expect(image.alt).toBe('全国科普日主场活动现场')
            expect(image.sizes.card).toMatchObject({ width: 768, height: 512 })
            expect(image.sizes.thumbnail).toMatchObject({ width: 300, height: 300 })
            const file = await fetch(new URL(image.sizes.card.url, scenario.stack.url))
            expect(file.status).toBe(200)
            expect(file.headers.get('content-type')).toBe('image/webp')
          }
        },
      )
    },
    SCENARIO_TIMEOUT_MS,
  )

  it(
    'tells a wrong password, and then a locked-out account, why the login failed',
    async () => {
      const { step } = evidenceRecorder('login-refusals')
      const visitor = await session('visitor')
      await step('a wrong password is refused with a message', visitor, async () => {
        expect(
          await logInRefused(visitor, scenario.stack.url, 'editor2@kexie.test', 'not-the-password'),
        ).toBe('提供的电子邮件或密码不正确。')
      })
      await step('after five failures the account is locked, and says so', visitor, async () => {
        for (let attempt = 2; attempt <= 5; attempt++) {
          await logInRefused(visitor, scenario.stack.url, 'editor2@kexie.test', `wrong-${attempt}`)
        }
        const message = await logInRefused(
          visitor,
          scenario.stack.url,
          'editor2@kexie.test',
          password('editor2@kexie.test'),
        )
        expect(message).toContain('锁定')
      })
    },
    UI_TIMEOUT_MS * 10,
  )
  it(
    'speaks Chinese on every admin page, and lists stages as coloured Chinese names',
    async () => {
      const { step } = evidenceRecorder('chinese-admin')
      const admin = await session('admin-zh')
      await step('admin logs in', admin, () =>
        logIn(admin, scenario.stack.url, 'admin@kexie.test', password('admin@kexie.test')),
      )
      await step('no English of ours on any page', admin, async () => {
        const found: Record<string, string[]> = {}
        for (const path of ADMIN_PAGES) {
          await admin.page.goto(`${scenario.stack.url}${path}`, { waitUntil: 'networkidle' })
          await admin.page.locator('.step-nav').waitFor()
          const english = await englishOnPage(admin.page)
          if (english.length) found[path] = english
        }
        expect(found).toEqual({})
      })
      await step(
        'the list shows each stage by its Chinese name, in its own colour',
        admin,
        async () => {
          const { page } = admin
          await page.goto(`${scenario.stack.url}/admin/collections/events`, {
            waitUntil: 'networkidle',
          })
          const badges = page.locator('table .kx-stage')
          await badges.first().waitFor()
          const shown = await badges.evaluateAll((elements) =>
            elements.map((element) => ({
              text: (element as HTMLElement).innerText.trim(),
              stage: [...element.classList]
                .find((name) => name.startsWith('kx-stage--'))
                ?.slice(10),
              colour: getComputedStyle(element).backgroundColor,
            })),
          )
          const stages = new Set(shown.map(({ stage }) => stage))
          // The seed leaves events published and one in review.
          expect([...stages].sort()).toEqual(['in_review', 'published'])
          for (const { text, stage } of shown) {
            expect(text).toBe(stageLabels[stage as keyof typeof stageLabels].zh)
          }
          const colourOf = (stage: string) => shown.find((badge) => badge.stage === stage)?.colour
          expect(colourOf('in_review')).not.toBe(colourOf('published'))
        },
      )
    },
    UI_TIMEOUT_MS * 10,
  )
})

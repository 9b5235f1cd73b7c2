import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { readGeneration } from '@/delivery/cache/generation'
import type { PublicationAnnouncement, PublicationEffect } from '@/publication/effects'
import { verifyAuditChain } from '@/workflow/audit/verify'

import type { ApiClient } from '../helpers/http'
import { setUpSuite } from '../helpers/suite'
import type { Staff, StaffTokens } from '../helpers/users'
import { articleData, eventData, historyOf, transition } from '../helpers/workflow'

let payload: Payload
let api: ApiClient
let staff: Staff
let tokens: StaffTokens
/** Every announcement the workflow makes, as the registered effects receive it. */
const announcements: PublicationAnnouncement[] = []

const suite = setUpSuite(import.meta.url, { staff: 'tokens' })

beforeAll(() => {
  ;({ payload, api, staff, tokens } = suite)
  // An observer beside the real effects (cache, search, stats, webhooks), which still all run.
  const recorder: PublicationEffect = {
    name: 'test-recorder',
    run: async (_req, announcement) => {
      announcements.push(announcement)
    },
  }
  ;(payload.config.custom.publicationEffects as PublicationEffect[]).push(recorder)
})

type HomepageAnswer = {
  hero?: { heading?: null | string }
  workflowStage?: string
  _status?: string
  errors?: { message: string; data?: { reason?: string } }[]
}

/** The homepage as an anonymous reader gets it over REST (with `?draft=true` if asked). */
const publicHeading = async (query = '') => {
  const answer = (await (await api.get(`/globals/homepage${query}`)).json()) as HomepageAnswer
  return answer.hero?.heading ?? null
}

/** The same over GraphQL (`Homepage`, with `draft: true` if asked). */
const publicHeadingOverGraphql = async (draft = false) => {
  const response = await api.graphql(`{ Homepage(draft: ${draft}) { hero { heading } } }`)
  const { data } = (await response.json()) as {
    data?: { Homepage?: null | { hero?: null | { heading?: null | string } } }
  }
  return data?.Homepage?.hero?.heading ?? null
}

/** The working copy (the latest draft) as the system reads it. */
const workingCopy = async () =>
  payload.findGlobal({ slug: 'homepage', draft: true, depth: 0, overrideAccess: true })

/**
 * Test set-up, not behaviour under test: the homepage published with `heading` through the
 * system path (as the seed writes it), after any review the earlier tests left open.
 */
const publishedHomepage = async (heading: string) => {
  await payload.updateGlobal({
    slug: 'homepage',
    data: { hero: { heading }, _status: 'published' },
    overrideAccess: true,
  })
  expect(await publicHeading()).toBe(heading)
}

/** An editor's save of the homepage over REST, as Payload's admin sends it. */
const editorSaves = async (heading: string, token = tokens.editor, query = '?draft=true') =>
  api.post(`/globals/homepage${query}`, { token, body: { hero: { heading } } })

const statusOf = async (token: string, slug = 'homepage') => {
  const response = await api.get(`/workflow/globals/${slug}`, { token })
  return {
    status: response.status,
    body: (await response.json()) as {
      workflowStage?: string
      revision?: number
      actions?: string[]
      approvals?: unknown[]
      items?: { collection: string; id: string; workflowStage: null | string }[]
    },
  }
}

describe('editors cannot change a public global live', () => {
  it('a plain REST save by an editor is a draft: readers keep the published homepage', async () => {
    await publishedHomepage('直接保存之前')
    const saved = await editorSaves('编辑直接保存', tokens.editor, '')
    expect(saved.status).toBe(200)
    expect(await publicHeading()).toBe('直接保存之前')
    expect(await publicHeadingOverGraphql()).toBe('直接保存之前')
    const latest = await workingCopy()
    expect(latest.hero?.heading).toBe('编辑直接保存')
    expect(latest._status).toBe('draft')
  })

  it('REST writes of _status published or a stage are refused with 403 and change nothing', async () => {
    await publishedHomepage('REST 之前')
    const before = await workingCopy()
    for (const [query, extra] of [
      ['', { _status: 'published' }],
      ['?draft=true', { _status: 'published' }],
      ['', { workflowStage: 'in_review' }],
      ['?draft=true', { workflowStage: 'approved' }],
      ['', { _status: 'draft' }],
    ] as const) {
      for (const token of [tokens.editor, tokens.reviewer, tokens.admin]) {
        const response = await api.post(`/globals/homepage${query}`, {
          token,
          body: { hero: { heading: 'REST 越权' }, ...extra },
        })
        expect({ query, extra, status: response.status }).toEqual({ query, extra, status: 403 })
      }
    }
    expect(await publicHeading()).toBe('REST 之前')
    const after = await workingCopy()
    expect(after.hero?.heading).toBe(before.hero?.heading)
    expect(after.updatedAt).toBe(before.updatedAt)
  })

  it('GraphQL updateHomepage cannot publish or move the stage', async () => {
    await publishedHomepage('GraphQL 之前')
    for (const input of [
      '{ hero: { heading: "GraphQL 越权" }, _status: published }',
      '{ hero: { heading: "GraphQL 越权" }, workflowStage: approved }',
    ]) {
      for (const draft of [false, true]) {
        const response = await api.graphql(
          `mutation { updateHomepage(data: ${input}, draft: ${draft}) { hero { heading } } }`,
          { token: tokens.editor },
        )
        const { errors } = (await response.json()) as { errors?: { message: string }[] }
        expect(errors?.length).toBeGreaterThan(0)
      }
    }
    expect(await publicHeading()).toBe('GraphQL 之前')
    expect(await publicHeadingOverGraphql()).toBe('GraphQL 之前')
    expect((await workingCopy()).hero?.heading).toBe('GraphQL 之前')
    // A save without a status is a draft here too.
    const saved = await api.graphql(
      'mutation { updateHomepage(data: { hero: { heading: "GraphQL 草稿" } }) { _status } }',
      { token: tokens.editor },
    )
    const { data } = (await saved.json()) as { data?: { updateHomepage?: { _status?: string } } }
    expect(data?.updateHomepage?._status).toBe('draft')
    expect(await publicHeadingOverGraphql()).toBe('GraphQL 之前')
  })

  it('the Local API with overrideAccess false refuses publishing and keeps saves as drafts', async () => {
    await publishedHomepage('Local 之前')
    for (const data of [
      { hero: { heading: 'Local 越权' }, _status: 'published' as const },
      { hero: { heading: 'Local 越权' }, workflowStage: 'approved' as const },
    ]) {
      await expect(
        payload.updateGlobal({
          slug: 'homepage',
          data,
          user: staff.editor,
          overrideAccess: false,
        }),
      ).rejects.toMatchObject({ status: 403 })
    }
    const saved = await payload.updateGlobal({
      slug: 'homepage',
      data: { hero: { heading: 'Local 草稿' } },
      user: staff.editor,
      overrideAccess: false,
    })
    expect(saved._status).toBe('draft')
    expect(await publicHeading()).toBe('Local 之前')
  })

  it('restoring an old version of a global is refused for people (it would write the live row)', async () => {
    await publishedHomepage('恢复之前')
    const { docs } = await payload.findGlobalVersions({ slug: 'homepage', limit: 1 })
    const response = await api.post(`/globals/homepage/versions/${docs[0].id}?draft=true`, {
      token: tokens.reviewer,
    })
    expect(response.status).toBe(403)
    expect(await publicHeading()).toBe('恢复之前')
  })

  it('a draft save is validated: a bad value is a 400 when it is saved', async () => {
    const response = await editorSaves('长'.repeat(150))
    expect(response.status).toBe(400)
  })

  it('official figures take the same rules: editors draft them, publishing is refused', async () => {
    const figure = { key: 'test-figure', label: '测试数据', value: 7 }
    const refused = await api.post('/globals/official-figures', {
      token: tokens.editor,
      body: { figures: [figure], _status: 'published' },
    })
    expect(refused.status).toBe(403)
    const saved = await api.post('/globals/official-figures', {
      token: tokens.editor,
      body: { figures: [figure] },
    })
    expect(saved.status).toBe(200)
    const anonymous = (await (await api.get('/globals/official-figures')).json()) as {
      figures?: { key: string }[]
    }
    expect((anonymous.figures ?? []).map(({ key }) => key)).not.toContain('test-figure')
    const status = await statusOf(tokens.editor, 'official-figures')
    expect(status).toMatchObject({ status: 200, body: { workflowStage: 'draft' } })
  })
})

describe('a global goes through review like a document', () => {
  it('editor drafts and submits, reviewer approves and publishes; readers see the new homepage only then', async () => {
    await publishedHomepage('旧首页')
    expect((await editorSaves('新首页')).status).toBe(200)
    for (const query of ['', '?draft=true']) expect(await publicHeading(query)).toBe('旧首页')
    for (const draft of [false, true]) expect(await publicHeadingOverGraphql(draft)).toBe('旧首页')

    const submitted = await transition(
      api,
      'globals',
      'homepage',
      { action: 'submit' },
      tokens.editor,
    )
    expect(submitted).toMatchObject({
      status: 200,
      body: { id: 'homepage', workflowStage: 'in_review', _status: 'draft' },
    })
    // Under review an editor's save is refused; readers still get the old homepage.
    expect((await editorSaves('审核中偷改')).status).toBe(409)
    const approved = await transition(
      api,
      'globals',
      'homepage',
      { action: 'approve' },
      tokens.reviewer,
    )
    expect(approved).toMatchObject({ status: 200, body: { workflowStage: 'approved' } })
    expect(await publicHeading()).toBe('旧首页')
    expect(await publicHeadingOverGraphql()).toBe('旧首页')

    const generation = await readGeneration(payload)
    announcements.length = 0
    const published = await transition(
      api,
      'globals',
      'homepage',
      { action: 'publish' },
      tokens.reviewer,
    )
    expect(published).toMatchObject({
      status: 200,
      body: { workflowStage: 'published', _status: 'published' },
    })
    expect(await publicHeading()).toBe('新首页')
    expect(await publicHeadingOverGraphql()).toBe('新首页')
    expect(announcements).toEqual([
      {
        changes: [
          expect.objectContaining({ collection: 'globals', id: 'homepage', change: 'publish' }),
        ],
      },
    ])
    expect(await readGeneration(payload)).not.toBe(generation)

    const history = await historyOf(payload, 'globals', 'homepage')
    expect(history.slice(-3).map(({ action }) => action)).toEqual(['submit', 'approve', 'publish'])
    expect(await verifyAuditChain(payload)).toMatchObject({ ok: true })

    // Unpublishing takes it down for readers, announced the same way.
    announcements.length = 0
    const down = await transition(
      api,
      'globals',
      'homepage',
      { action: 'unpublish' },
      tokens.reviewer,
    )
    expect(down).toMatchObject({ status: 200, body: { workflowStage: 'draft', _status: 'draft' } })
    expect(await publicHeading()).toBeNull()
    expect(announcements[0].changes[0]).toMatchObject({
      collection: 'globals',
      id: 'homepage',
      change: 'unpublish',
    })
  })

  it('nobody approves their own edit: a reviewer who edited gets 403, another reviewer approves', async () => {
    await publishedHomepage('自审之前')
    expect((await editorSaves('审核员自己改', tokens.reviewer)).status).toBe(200)
    expect(
      (await transition(api, 'globals', 'homepage', { action: 'submit' }, tokens.reviewer)).status,
    ).toBe(200)
    const own = await transition(api, 'globals', 'homepage', { action: 'approve' }, tokens.reviewer)
    expect(own.status).toBe(403)
    const publishOwn = await transition(
      api,
      'globals',
      'homepage',
      { action: 'publish' },
      tokens.reviewer,
    )
    expect(publishOwn.status).toBe(403)
    expect(await publicHeading()).toBe('自审之前')
    const other = await transition(api, 'globals', 'homepage', { action: 'approve' }, tokens.admin)
    expect(other).toMatchObject({ status: 200, body: { workflowStage: 'approved' } })
    expect(
      (await transition(api, 'globals', 'homepage', { action: 'publish' }, tokens.admin)).status,
    ).toBe(200)
    expect(await publicHeading()).toBe('审核员自己改')
  })

  it('review levels come from workflow-settings: two levels need two different reviewers', async () => {
    await payload.updateGlobal({
      slug: 'workflow-settings',
      data: { reviewLevels: { homepage: 2 } },
      overrideAccess: true,
    })
    try {
      await publishedHomepage('两审之前')
      expect((await editorSaves('两审之后')).status).toBe(200)
      await transition(api, 'globals', 'homepage', { action: 'submit' }, tokens.editor)
      const first = await transition(
        api,
        'globals',
        'homepage',
        { action: 'approve' },
        tokens.reviewer,
      )
      expect(first).toMatchObject({ status: 200, body: { workflowStage: 'in_review' } })
      const again = await transition(
        api,
        'globals',
        'homepage',
        { action: 'approve' },
        tokens.reviewer,
      )
      expect(again.status).toBe(403)
      expect(await publicHeading()).toBe('两审之前')
      const second = await transition(
        api,
        'globals',
        'homepage',
        { action: 'approve' },
        tokens.admin,
      )
      expect(second).toMatchObject({ status: 200, body: { workflowStage: 'approved' } })
      await transition(api, 'globals', 'homepage', { action: 'publish' }, tokens.admin)
      expect(await publicHeading()).toBe('两审之后')
    } finally {
      await payload.updateGlobal({
        slug: 'workflow-settings',
        data: { reviewLevels: { homepage: 1 } },
        overrideAccess: true,
      })
    }
  })

  it('each role tries each action on a draft homepage: 401, 403, 409 or 200 as the rules say', async () => {
    await publishedHomepage('角色矩阵')
    expect((await editorSaves('角色矩阵草稿')).status).toBe(200)
    const anonymous = await transition(api, 'globals', 'homepage', { action: 'submit' })
    expect(anonymous.status).toBe(401)
    expect((await api.get('/workflow/globals/homepage')).status).toBe(401)

    const expected: Record<string, Record<string, number>> = {
      // Editors never approve, publish, unpublish, archive or restore.
      editor: { approve: 403, request_changes: 403, publish: 403, unpublish: 403, archive: 403 },
      // A global has no author (like seeded content): any editor may submit it, none approves.
      otherEditor: { approve: 403, publish: 403, unpublish: 403 },
      // Nothing to approve or publish from a draft; nothing to withdraw.
      reviewer: { approve: 409, publish: 409, withdraw: 409, restore: 409 },
      admin: { approve: 409, publish: 409, request_changes: 409 },
    }
    for (const [role, answers] of Object.entries(expected)) {
      for (const [action, status] of Object.entries(answers)) {
        const answer = await transition(
          api,
          'globals',
          'homepage',
          { action, comment: '意见' },
          tokens[role as keyof StaffTokens],
        )
        expect({ role, action, status: answer.status }).toEqual({ role, action, status })
      }
    }
    expect((await workingCopy()).workflowStage).toBe('draft')
    expect(await publicHeading()).toBe('角色矩阵')

    const status = await statusOf(tokens.editor)
    expect(status.status).toBe(200)
    expect(status.body.actions).toEqual(['submit'])
    expect((await statusOf(tokens.reviewer)).body.actions).toEqual(
      expect.arrayContaining(['submit', 'unpublish', 'archive']),
    )

    expect(
      (await transition(api, 'globals', 'homepage', { action: 'ship' }, tokens.admin)).status,
    ).toBe(400)
    for (const slug of ['site-settings', 'workflow-settings', 'nowhere']) {
      const answer = await transition(api, 'globals', slug, { action: 'submit' }, tokens.admin)
      expect({ slug, status: answer.status }).toEqual({ slug, status: 404 })
      expect((await statusOf(tokens.admin, slug)).status).toBe(404)
    }
    const stale = await transition(
      api,
      'globals',
      'homepage',
      { action: 'submit', revision: (status.body.revision ?? 0) - 1 },
      tokens.editor,
    )
    expect(stale.status).toBe(409)
    const fresh = await transition(
      api,
      'globals',
      'homepage',
      { action: 'submit', revision: status.body.revision },
      tokens.editor,
    )
    expect(fresh).toMatchObject({ status: 200, body: { workflowStage: 'in_review' } })
    expect(
      (await transition(api, 'globals', 'homepage', { action: 'withdraw' }, tokens.editor)).status,
    ).toBe(200)
  })
})

describe('releases carry globals', () => {
  const newArticle = async (title: string) => {
    const doc = await payload.create({
      collection: 'articles',
      data: articleData(title),
      user: staff.editor,
      overrideAccess: false,
    })
    return String(doc.id)
  }

  const createRelease = async (title: string, body: Record<string, unknown>) =>
    api.post('/releases', { token: tokens.editor, body: { title, ...body } })

  const articleIsPublic = async (id: string) => (await api.get(`/articles/${id}`)).status === 200

  /** A release of `body` submitted by the editor and approved by each of `approvers` in turn. */
  const approvedRelease = async (
    title: string,
    body: Record<string, unknown>,
    approvers: string[],
  ): Promise<string> => {
    const created = await createRelease(title, body)
    expect(created.status).toBe(201)
    const { doc: release } = (await created.json()) as { doc: { id: string } }
    await transition(api, 'releases', release.id, { action: 'submit' }, tokens.editor)
    for (const token of approvers) {
      await transition(api, 'releases', release.id, { action: 'approve' }, token)
    }
    return release.id
  }

  const publishRelease = (id: string) =>
    transition(api, 'releases', id, { action: 'publish' }, tokens.reviewer)

  it('a release with an article and the homepage publishes both at once; the homepage is held meanwhile', async () => {
    await publishedHomepage('获奖名单之前')
    const article = await newArticle('获奖名单公布')
    expect((await editorSaves('首页展示获奖者')).status).toBe(200)
    const created = await createRelease('获奖名单批次', {
      items: [{ relationTo: 'articles', value: article }],
      globals: ['homepage'],
    })
    expect(created.status).toBe(201)
    const { doc: release } = (await created.json()) as { doc: { id: string } }

    // A global belongs to one open release at a time.
    const second = await createRelease('另一个批次', { globals: ['homepage'] })
    expect(second.status).toBe(400)
    expect(JSON.stringify(await second.json())).toContain('获奖名单批次')

    expect(
      (await transition(api, 'releases', release.id, { action: 'submit' }, tokens.editor)).status,
    ).toBe(200)
    const held = await transition(api, 'globals', 'homepage', { action: 'submit' }, tokens.editor)
    expect(held.status).toBe(409)
    expect(held.body.errors?.[0]).toMatchObject({
      data: { reason: 'inRelease', release: { id: release.id, title: '获奖名单批次' } },
    })

    // Articles need two levels; an edit of the homepage during review voids the approvals.
    expect(
      (await transition(api, 'releases', release.id, { action: 'approve' }, tokens.reviewer))
        .status,
    ).toBe(200)
    expect((await editorSaves('首页展示获奖者（修订）')).status).toBe(200)
    const lapsed = (await (
      await api.get(`/workflow/releases/${release.id}`, { token: tokens.reviewer })
    ).json()) as { approvals: unknown[]; items: { collection: string; id: string }[] }
    expect(lapsed.approvals).toEqual([])
    expect(lapsed.items).toEqual([
      expect.objectContaining({ collection: 'articles', id: article }),
      expect.objectContaining({
        collection: 'globals',
        id: 'homepage',
        title: '首页',
        workflowStage: 'draft',
      }),
    ])
    for (const token of [tokens.reviewer, tokens.admin]) {
      expect(
        (await transition(api, 'releases', release.id, { action: 'approve' }, token)).status,
      ).toBe(200)
    }
    expect(await publicHeading()).toBe('获奖名单之前')
    expect(await articleIsPublic(article)).toBe(false)

    announcements.length = 0
    const published = await transition(
      api,
      'releases',
      release.id,
      { action: 'publish' },
      tokens.reviewer,
    )
    expect(published).toMatchObject({ status: 200, body: { workflowStage: 'published' } })
    expect(await publicHeading()).toBe('首页展示获奖者（修订）')
    expect(await articleIsPublic(article)).toBe(true)
    expect(announcements).toHaveLength(1)
    expect(announcements[0].release).toMatchObject({ id: release.id, action: 'publish' })
    expect(announcements[0].changes.map(({ collection, id }) => `${collection}/${id}`)).toEqual([
      `articles/${article}`,
      'globals/homepage',
    ])
    const homepageHistory = await historyOf(payload, 'globals', 'homepage')
    expect(homepageHistory.at(-1)).toMatchObject({ action: 'publish', release: release.id })
    expect(await verifyAuditChain(payload)).toMatchObject({ ok: true })
  })

  /**
   * Test set-up: the homepage's saved draft no longer passes validation (as after a deploy that
   * tightened a rule: drafts of globals are validated when saved). Written to the version row
   * itself, as no API would store it.
   */
  const storedDraftNoLongerValid = async () => {
    const { docs } = await payload.db.findGlobalVersions({
      global: 'homepage',
      limit: 1,
      sort: '-updatedAt',
    })
    const [latest] = docs as unknown as {
      id: string
      createdAt: string
      updatedAt: string
      version: { hero: { heading: Record<string, string> } }
    }[]
    const version = { ...latest.version, hero: { ...latest.version.hero } }
    version.hero.heading = { ...version.hero.heading, zh: '长'.repeat(150) }
    await payload.db.updateGlobalVersion({
      id: latest.id,
      global: 'homepage',
      versionData: { createdAt: latest.createdAt, updatedAt: latest.updatedAt, version },
    })
    const stored = await workingCopy()
    expect(stored.hero?.heading).toBe('长'.repeat(150))
  }

  it('a homepage that fails validation at publish leaves the article unpublished as well', async () => {
    await publishedHomepage('原子性之前')
    const article = await newArticle('原子性测试稿件')
    expect((await editorSaves('原子性之后')).status).toBe(200)
    await storedDraftNoLongerValid()
    const release = await approvedRelease(
      '原子性批次',
      { items: [{ relationTo: 'articles', value: article }], globals: ['homepage'] },
      [tokens.reviewer, tokens.admin],
    )
    announcements.length = 0
    const answer = await publishRelease(release)
    expect(answer.status).toBe(409)
    expect(answer.body.errors?.[0]).toMatchObject({
      data: { reason: 'itemInvalid', item: { collection: 'globals', id: 'homepage' } },
    })
    expect(announcements).toEqual([])
    expect(await articleIsPublic(article)).toBe(false)
    expect(await publicHeading()).toBe('原子性之前')
    const status = await statusOf(tokens.reviewer)
    expect(status.body.workflowStage).toBe('draft')
    expect(await verifyAuditChain(payload)).toMatchObject({ ok: true })

    // Archiving the release frees the homepage for its own review again.
    expect(
      (await transition(api, 'releases', release, { action: 'archive' }, tokens.reviewer)).status,
    ).toBe(200)
    expect((await editorSaves('原子性之后')).status).toBe(200)
    expect(
      (await transition(api, 'globals', 'homepage', { action: 'submit' }, tokens.editor)).status,
    ).toBe(200)
  })

  it('an event item that fails leaves the homepage draft unpublished', async () => {
    await publishedHomepage('事件失败之前')
    const event = await payload.create({
      collection: 'events',
      data: eventData('缺开始时间的活动'),
      user: staff.editor,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'events',
      id: event.id,
      data: { startDate: null } as never,
      draft: true,
      overrideAccess: true,
    })
    expect((await editorSaves('事件失败之后')).status).toBe(200)
    const release = await approvedRelease(
      '事件失败批次',
      { items: [{ relationTo: 'events', value: event.id }], globals: ['homepage'] },
      [tokens.reviewer],
    )
    const answer = await publishRelease(release)
    expect(answer.status).toBe(409)
    expect(await publicHeading()).toBe('事件失败之前')
    await transition(api, 'releases', release, { action: 'archive' }, tokens.reviewer)
  })
})

import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { ApiClient } from '../helpers/http'
import { setUpSuite } from '../helpers/suite'
import type { Staff, StaffTokens } from '../helpers/users'
import { articleData, documentInStage } from '../helpers/workflow'

/**
 * Adversarial access tests (issue 8, items 1 and 2): object-level and field-level access, tried as
 * anonymous, editor and reviewer over REST and GraphQL. Role writes and direct `_status` /
 * `workflowStage` writes are covered in users.int.spec.ts and workflow-direct-writes.int.spec.ts;
 * the workflow history's append-only rule in workflow-audit.int.spec.ts.
 */

let payload: Payload
let api: ApiClient
let staff: Staff
let tokens: StaffTokens
let publishedId: string
let draftId: string
let inReviewId: string
const otherPublishedIds: string[] = []

type Who = 'anonymous' | 'editor' | 'reviewer'
const WHO: Who[] = ['anonymous', 'editor', 'reviewer']
const tokenOf = (who: Who) => (who === 'anonymous' ? undefined : tokens[who])

type Json = Record<string, unknown> & { errors?: { message: string }[] }

const suite = setUpSuite(import.meta.url, { staff: 'tokens' })

beforeAll(async () => {
  ;({ payload, api, staff, tokens } = suite)
  // Set-up: one live article written by the other editor, one draft, one submission under review.
  publishedId = (
    await payload.create({
      collection: 'articles',
      data: {
        ...articleData('已发布的新闻'),
        _status: 'published',
        workflow: { createdBy: staff.otherEditor.id, lastEditedBy: staff.otherEditor.id },
      } as never,
      overrideAccess: true,
    })
  ).id
  draftId = await documentInStage(payload, 'articles', {
    stage: 'draft',
    author: staff.otherEditor.id,
  })
  inReviewId = await documentInStage(payload, 'articles', {
    stage: 'in_review',
    author: staff.otherEditor.id,
  })
  // Live articles by every other account, so that an order by the author's e-mail or hash would
  // differ from the default order and show through to anyone who can list articles.
  for (const author of [staff.admin, staff.reviewer, staff.editor]) {
    otherPublishedIds.push(
      (
        await payload.create({
          collection: 'articles',
          data: {
            ...articleData(),
            _status: 'published',
            workflow: { createdBy: author.id, lastEditedBy: author.id },
          } as never,
          overrideAccess: true,
        })
      ).id,
    )
  }
})

const graphql = async (query: string, who: Who, variables?: Record<string, unknown>) =>
  (await api.graphql(query, { token: tokenOf(who), variables }).then((r) => r.json())) as {
    data?: Record<string, unknown> | null
    errors?: { message: string }[]
  }

describe('object level: user accounts', () => {
  it.each(WHO)('%s cannot list other accounts or their e-mails over REST', async (who) => {
    const response = await api.get('/users?limit=100', { token: tokenOf(who) })
    if (who === 'anonymous') {
      expect(response.status).toBe(403)
      return
    }
    const body = (await response.json()) as { docs: { id: string; email: string }[] }
    expect(body.docs.map((user) => user.id)).toEqual([staff[who].id])
    const other = await api.get(`/users/${staff.admin.id}`, { token: tokenOf(who) })
    expect([403, 404]).toContain(other.status)
    expect(JSON.stringify(await other.json())).not.toContain(staff.admin.email)
  })

  it.each(WHO)('%s cannot read other accounts over GraphQL', async (who) => {
    const list = await graphql('{ Users(limit: 100) { docs { id email } } }', who)
    const emails = JSON.stringify(list)
    expect(emails).not.toContain(staff.admin.email)
    expect(emails).not.toContain(staff.otherEditor.email)
    const one = await graphql('query ($id: String!) { User(id: $id) { email } }', who, {
      id: staff.admin.id,
    })
    expect(JSON.stringify(one)).not.toContain(staff.admin.email)
  })

  it.each(WHO)('%s sees no e-mail through a populated author or history record', async (who) => {
    const rest = await api.get(`/articles/${publishedId}?depth=2`, { token: tokenOf(who) })
    expect(rest.status).toBe(200)
    expect(JSON.stringify(await rest.json())).not.toContain(staff.otherEditor.email)
    const viaGraphql = await graphql(
      `
        query ($id: String!) {
          Article(id: $id) {
            workflow {
              createdBy {
                email
              }
              lastEditedBy {
                email
              }
            }
          }
        }
      `,
      who,
      { id: publishedId },
    )
    expect(JSON.stringify(viaGraphql)).not.toContain(staff.otherEditor.email)
    const history = await api.get('/workflow-events?depth=2&limit=100', { token: tokenOf(who) })
    expect(JSON.stringify(await history.json())).not.toContain(staff.otherEditor.email)
  })

  it('nobody reads or changes another user’s preferences', async () => {
    // Set-up: the other editor's saved list columns.
    const saved = await api.post('/payload-preferences/articles-list', {
      token: tokens.otherEditor,
      body: { value: { columns: ['title'], secret: 'other-editor-preference' } },
    })
    expect(saved.status).toBe(200)
    const own = await api.get('/payload-preferences/articles-list', { token: tokens.otherEditor })
    expect(await own.text()).toContain('other-editor-preference')
    for (const who of WHO) {
      const list = await api.get('/payload-preferences?limit=100&depth=0', { token: tokenOf(who) })
      expect(await list.text()).not.toContain('other-editor-preference')
      const byKey = await api.get('/payload-preferences/articles-list', { token: tokenOf(who) })
      expect(await byKey.text()).not.toContain('other-editor-preference')
      const viaGraphql = await graphql('{ PayloadPreferences(limit: 100) { docs { value } } }', who)
      expect(JSON.stringify(viaGraphql)).not.toContain('other-editor-preference')
    }
  })
})

describe('object level: other people’s drafts', () => {
  it('anonymous clients read no draft by id, list or GraphQL', async () => {
    expect((await api.get(`/articles/${draftId}`)).status).toBe(404)
    const list = (await (await api.get('/articles?limit=100&draft=true')).json()) as {
      docs: { id: string }[]
    }
    expect(list.docs.map((doc) => doc.id).sort()).toEqual(
      [publishedId, ...otherPublishedIds].sort(),
    )
    const viaGraphql = await graphql(
      'query ($id: String!) { Article(id: $id, draft: true) { id } }',
      'anonymous',
      { id: draftId },
    )
    expect(viaGraphql.data?.Article ?? null).toBeNull()
  })

  it('an editor cannot edit or withdraw another editor’s submission under review', async () => {
    const before = await payload.findByID({ collection: 'articles', id: inReviewId, draft: true })
    const rest = await api.patch(`/articles/${inReviewId}?draft=true`, {
      token: tokens.editor,
      body: { title: '改掉别人的稿件' },
    })
    expect(rest.status).toBe(409)
    const viaGraphql = await graphql(
      'mutation ($id: String!) { updateArticle(id: $id, draft: true, data: { title: "改掉别人的稿件" }) { id } }',
      'editor',
      { id: inReviewId },
    )
    expect(viaGraphql.errors?.length).toBeGreaterThan(0)
    const withdraw = await api.post(`/workflow/articles/${inReviewId}`, {
      token: tokens.editor,
      body: { action: 'withdraw' },
    })
    expect(withdraw.status).toBe(403)
    const after = await payload.findByID({ collection: 'articles', id: inReviewId, draft: true })
    expect(after.title).toBe(before.title)
    expect(after.workflowStage).toBe('in_review')
  })

  it('an editor cannot submit another editor’s draft, nor delete anything', async () => {
    const submit = await api.post(`/workflow/articles/${draftId}`, {
      token: tokens.editor,
      body: { action: 'submit' },
    })
    expect(submit.status).toBe(403)
    expect((await api.delete(`/articles/${draftId}`, { token: tokens.editor })).status).toBe(403)
    const viaGraphql = await graphql(
      'mutation ($id: String!) { deleteArticle(id: $id) { id } }',
      'editor',
      { id: draftId },
    )
    expect(viaGraphql.errors?.length).toBeGreaterThan(0)
    expect(
      await payload.count({ collection: 'articles', where: { id: { equals: draftId } } }),
    ).toEqual({ totalDocs: 1 })
  })
})

describe('field level: author and review fields are the workflow’s', () => {
  it.each(['editor', 'reviewer'] as const)(
    '%s cannot forge the author, submitter or approvals over REST or GraphQL',
    async (who) => {
      const created = await api.post('/articles', {
        token: tokens[who],
        body: {
          ...articleData(),
          workflow: {
            createdBy: staff.otherEditor.id,
            submittedBy: staff.otherEditor.id,
            approvals: [{ reviewer: staff.admin.id, level: 1 }],
            requiredApprovals: 0,
          },
        },
      })
      expect(created.status).toBe(201)
      const { doc } = (await created.json()) as { doc: { id: string } }
      const patched = await api.patch(`/articles/${doc.id}?draft=true`, {
        token: tokens[who],
        body: {
          workflow: {
            createdBy: staff.otherEditor.id,
            lastEditedBy: staff.admin.id,
            approvals: [{ reviewer: staff.admin.id, level: 1 }],
          },
        },
      })
      expect(patched.status).toBe(200)
      await graphql(
        `
          mutation ($id: String!, $other: String!) {
            updateArticle(id: $id, draft: true, data: { workflow: { createdBy: $other } }) {
              id
            }
          }
        `,
        who,
        { id: doc.id, other: staff.otherEditor.id },
      )
      const stored = await payload.findByID({
        collection: 'articles',
        id: doc.id,
        draft: true,
        depth: 0,
      })
      expect(stored.workflow).toMatchObject({
        createdBy: staff[who].id,
        lastEditedBy: staff[who].id,
        submittedBy: null,
        approvals: [],
      })
      expect(stored.workflowStage).toBe('draft')
    },
  )

  it('anonymous clients cannot read the review fields of a published document', async () => {
    const rest = (await (await api.get(`/articles/${publishedId}`)).json()) as Json
    expect(rest.workflow).toBeUndefined()
  })

  it.each(WHO)('%s cannot set their own password hash, salt, reset token or lock', async (who) => {
    if (who === 'anonymous') {
      const response = await api.patch(`/users/${staff.editor.id}`, { body: { salt: 'x' } })
      expect([401, 403]).toContain(response.status)
      return
    }
    const before = await payload.findByID({
      collection: 'users',
      id: staff[who].id,
      showHiddenFields: true,
      overrideAccess: true,
    })
    await api.patch(`/users/${staff[who].id}`, {
      token: tokens[who],
      body: {
        hash: 'forged',
        salt: 'forged',
        resetPasswordToken: 'forged-token',
        resetPasswordExpiration: '2099-01-01T00:00:00.000Z',
        loginAttempts: 0,
        lockUntil: null,
        _verified: true,
      },
    })
    const after = await payload.findByID({
      collection: 'users',
      id: staff[who].id,
      showHiddenFields: true,
      overrideAccess: true,
    })
    expect(after.hash).toBe(before.hash)
    expect(after.salt).toBe(before.salt)
    expect(after.resetPasswordToken ?? null).not.toBe('forged-token')
  })
})

type Everyone = Who | 'admin'
const EVERYONE: Everyone[] = [...WHO, 'admin']
const tokenOfAnyone = (who: Everyone) => (who === 'admin' ? tokens.admin : tokenOf(who))

/**
 * The documented answer to a filter or sort on a secret (src/security/queryPaths.ts): a 400 that
 * names the path, whatever the hidden values are, for admins too. Ignoring the condition or
 * answering 200 would let the answer depend on the hidden value.
 */
const expectRefused = async (url: string, who: Everyone, path: string) => {
  const response = await api.get(url, { token: tokenOfAnyone(who) })
  const body = (await response.json()) as Json
  expect({ url, status: response.status }).toEqual({ url, status: 400 })
  expect(body.errors?.[0]?.message).toContain(path)
  expect(JSON.stringify(body)).not.toMatch(/"docs"/)
}

/** The article ids in order of a hidden value, as the server itself (not a reader) sees it. */
const articleOrderBy = async (sort: string) =>
  (
    await payload.find({
      collection: 'articles',
      sort,
      limit: 100,
      depth: 0,
      // Access skipped on purpose: this is the order the guard must keep from readers.
      overrideAccess: true,
    })
  ).docs.map((doc) => doc.id)

describe('field level: filtering and sorting on secrets', () => {
  const userSecrets = ['hash', 'salt', 'resetPasswordToken', 'apiKey', 'sessions.id']

  it('the fixtures differ in the hidden values, so an order by them would show', async () => {
    for (const sort of ['workflow.createdBy.email', 'workflow.createdBy.hash']) {
      const ascending = await articleOrderBy(sort)
      expect(await articleOrderBy(`-${sort}`)).not.toEqual(ascending)
    }
    const users = await payload.find({ collection: 'users', limit: 100, overrideAccess: true })
    expect(users.totalDocs).toBeGreaterThanOrEqual(4)
  })

  it.each(EVERYONE)('%s cannot filter users on hidden fields (400)', async (who) => {
    for (const field of userSecrets) {
      for (const prefix of ['a', '0', '1', 'f']) {
        // Anonymous clients list no accounts at all; the path is refused before access is asked.
        await expectRefused(`/users?limit=100&depth=0&where[${field}][like]=${prefix}`, who, field)
      }
    }
  })

  it.each(EVERYONE)(
    '%s cannot filter articles by e-mails or secrets through the author relation (400)',
    async (who) => {
      const emailPrefix = staff.otherEditor.email.slice(0, 8)
      for (const [filter, path] of [
        [`where[workflow.createdBy.email][like]=${emailPrefix}`, 'workflow.createdBy.email'],
        [
          `where[workflow.createdBy.email][equals]=${staff.otherEditor.email}`,
          'workflow.createdBy.email',
        ],
        [`where[workflow.createdBy.email][like]=nobody-has-this`, 'workflow.createdBy.email'],
        [`where[workflow.createdBy.hash][like]=a`, 'workflow.createdBy.hash'],
        [`where[workflow.createdBy.salt][like]=0`, 'workflow.createdBy.salt'],
        [
          `where[workflow.createdBy.resetPasswordToken][exists]=true`,
          'workflow.createdBy.resetPasswordToken',
        ],
        [`where[workflow.lastEditedBy.roles][in]=admin`, 'workflow.lastEditedBy.roles'],
      ]) {
        await expectRefused(`/articles?limit=100&depth=0&${filter}`, who, path)
      }
    },
  )

  it('staff still filter by the author’s id', async () => {
    const byAuthor = await api.get(
      `/articles?limit=100&depth=0&where[workflow.createdBy][equals]=${staff.otherEditor.id}`,
      { token: tokens.reviewer },
    )
    expect(byAuthor.status).toBe(200)
    expect(((await byAuthor.json()) as { totalDocs: number }).totalDocs).toBe(3)
  })

  it.each(WHO)('%s cannot filter by author e-mail over GraphQL', async (who) => {
    const count = async (where: Record<string, unknown>) => {
      const body = await graphql(
        'query ($where: Article_where) { Articles(where: $where, limit: 100) { totalDocs } }',
        who,
        { where },
      )
      return body.errors ? 'refused' : (body.data?.Articles as { totalDocs: number }).totalDocs
    }
    const baseline = await count({})
    for (const where of [
      { 'workflow.createdBy.email': { like: 'nobody-has-this' } },
      { workflow__createdBy__email: { like: 'nobody-has-this' } },
    ]) {
      const result = await count(where)
      expect([baseline, 'refused']).toContain(result)
    }
  })

  it.each(EVERYONE)('%s cannot order users or articles by a secret (400)', async (who) => {
    for (const [collection, sort] of [
      ['users', 'hash'],
      ['users', 'salt'],
      ['users', 'resetPasswordToken'],
      ['articles', 'workflow.createdBy.email'],
      ['articles', 'workflow.createdBy.hash'],
    ]) {
      for (const direction of ['', '-']) {
        await expectRefused(`/${collection}?limit=100&depth=0&sort=${direction}${sort}`, who, sort)
      }
    }
  })
})

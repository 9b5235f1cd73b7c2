import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { createLocalReq, docAccessOperation } from 'payload'

import { richText } from '../helpers/content'
import type { ApiClient } from '../helpers/http'
import { setUpSuite } from '../helpers/suite'
import type { Staff, StaffTokens } from '../helpers/users'
import { articleData, documentInStage, historyOf, transition } from '../helpers/workflow'

let payload: Payload
let api: ApiClient
let staff: Staff
let tokens: StaffTokens

const suite = setUpSuite(import.meta.url, { staff: 'tokens' })

beforeAll(() => {
  ;({ payload, api, staff, tokens } = suite)
})

/** Everything a write could change: the working copy, the live document, the versions. */
const snapshot = async (id: string) => {
  const latest = await payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })
  const live = await payload.findByID({ collection: 'articles', id, draft: false, depth: 0 })
  const { totalDocs: versions } = await payload.countVersions({
    collection: 'articles',
    where: { parent: { equals: id } },
  })
  return {
    title: latest.title,
    workflowStage: latest.workflowStage,
    _status: latest._status,
    liveTitle: live.title,
    liveStatus: live._status,
    versions,
  }
}

const draftArticle = () =>
  documentInStage(payload, 'articles', { stage: 'draft', author: staff.editor.id })

const countTitled = async (title: string) =>
  (await payload.count({ collection: 'articles', where: { title: { equals: title } } })).totalDocs

const graphqlErrors = async (response: Response) =>
  ((await response.json()) as { errors?: { message: string }[] }).errors ?? []

describe('an editor can never publish or move a document by writing it directly', () => {
  it('REST create with _status published or another stage is refused and creates nothing', async () => {
    for (const extra of [
      { _status: 'published' },
      { workflowStage: 'approved' },
      { workflowStage: 'published', _status: 'published' },
    ]) {
      const title = `直接发布 ${JSON.stringify(extra)}`
      const response = await api.post('/articles', {
        token: tokens.editor,
        body: { ...articleData(title), ...extra },
      })
      expect(response.status).toBe(403)
      expect(await countTitled(title)).toBe(0)
    }
    const asDraft = await api.post('/articles?draft=true', {
      token: tokens.editor,
      body: { ...articleData('草稿里写发布'), _status: 'published' },
    })
    expect(asDraft.status).toBe(403)
    expect(await countTitled('草稿里写发布')).toBe(0)
  })

  it('REST update with _status published or another stage is refused and changes nothing', async () => {
    const id = await draftArticle()
    const before = await snapshot(id)
    for (const [query, extra] of [
      ['', { _status: 'published' }],
      ['?draft=true', { _status: 'published' }],
      ['', { workflowStage: 'approved' }],
      ['?draft=true', { workflowStage: 'published' }],
    ] as const) {
      const response = await api.patch(`/articles/${id}${query}`, {
        token: tokens.editor,
        body: { title: '被篡改的标题', ...extra },
      })
      expect(response.status).toBe(403)
    }
    expect(await snapshot(id)).toEqual(before)
  })

  it('bulk update with _status published or another stage is refused and changes nothing', async () => {
    const id = await draftArticle()
    const before = await snapshot(id)
    for (const extra of [{ _status: 'published' }, { workflowStage: 'approved' }]) {
      const response = await api.patch(`/articles?where[id][equals]=${id}`, {
        token: tokens.editor,
        body: { title: '批量篡改', ...extra },
      })
      expect(response.status).toBe(403)
    }
    expect(await snapshot(id)).toEqual(before)
  })

  it('GraphQL create and update with _status published or another stage are refused', async () => {
    const create = `mutation ($data: mutationArticleInput!) { createArticle(data: $data) { id } }`
    for (const extra of [{ _status: 'published' }, { workflowStage: 'approved' }]) {
      const title = `GraphQL 直接发布 ${JSON.stringify(extra)}`
      const response = await api.graphql(create, {
        token: tokens.editor,
        variables: { data: { title, content: richText('正文'), ...extra } },
      })
      expect(await graphqlErrors(response)).not.toHaveLength(0)
      expect(await countTitled(title)).toBe(0)
    }

    const id = await draftArticle()
    const before = await snapshot(id)
    const update = `mutation ($id: String!, $data: mutationArticleUpdateInput!, $draft: Boolean) {
      updateArticle(id: $id, data: $data, draft: $draft) { id }
    }`
    for (const [draft, extra] of [
      [false, { _status: 'published' }],
      [true, { _status: 'published' }],
      [false, { workflowStage: 'approved' }],
    ] as const) {
      const response = await api.graphql(update, {
        token: tokens.editor,
        variables: { id, draft, data: { title: 'GraphQL 篡改', ...extra } },
      })
      expect(await graphqlErrors(response)).not.toHaveLength(0)
    }
    expect(await snapshot(id)).toEqual(before)
  })

  it('the Local API with the editor and access control refuses the same writes', async () => {
    const id = await draftArticle()
    const before = await snapshot(id)
    const asEditor = { user: staff.editor, overrideAccess: false } as const
    await expect(
      payload.update({ collection: 'articles', id, data: { _status: 'published' }, ...asEditor }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.update({
        collection: 'articles',
        id,
        data: { workflowStage: 'approved' },
        ...asEditor,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.create({
        collection: 'articles',
        data: { ...articleData('Local API 发布'), _status: 'published' },
        ...asEditor,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await snapshot(id)).toEqual(before)
    expect(await countTitled('Local API 发布')).toBe(0)
  })

  it('saving drafts keeps working for editors (REST, GraphQL, the stage they already have)', async () => {
    const id = await draftArticle()
    const rest = await api.patch(`/articles/${id}?draft=true`, {
      token: tokens.editor,
      body: { title: '编辑保存的草稿', _status: 'draft', workflowStage: 'draft' },
    })
    expect(rest.status).toBe(200)
    expect(await snapshot(id)).toMatchObject({ title: '编辑保存的草稿', workflowStage: 'draft' })

    const gql = await api.graphql(
      `mutation ($id: String!) { updateArticle(id: $id, draft: true, data: { title: "GraphQL 草稿" }) { title workflowStage } }`,
      { token: tokens.editor, variables: { id } },
    )
    expect(await gql.json()).toMatchObject({
      data: { updateArticle: { title: 'GraphQL 草稿', workflowStage: 'draft' } },
    })

    const created = await api.post('/articles?draft=true', {
      token: tokens.editor,
      body: { title: '只有标题的草稿', _status: 'draft' },
    })
    expect(created.status).toBe(201)
  })

  it('an editor cannot publish by duplicating or restoring a published document', async () => {
    const id = await documentInStage(payload, 'articles', {
      stage: 'published',
      author: staff.editor.id,
    })
    const duplicate = await api.post(`/articles/${id}/duplicate`, {
      token: tokens.editor,
      body: {},
    })
    expect(duplicate.status).toBe(200)
    const { doc: copy } = (await duplicate.json()) as { doc: { id: string } }
    expect(await snapshot(copy.id)).toMatchObject({
      workflowStage: 'draft',
      _status: 'draft',
      liveStatus: 'draft',
    })

    // Edit it, then restore the published version: a draft again, the live one untouched.
    await api.patch(`/articles/${id}`, { token: tokens.editor, body: { title: '修订稿' } })
    const { docs } = await payload.findVersions({
      collection: 'articles',
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    })
    const over = await api.post(`/articles/versions/${docs[0].id}`, { token: tokens.editor })
    expect(over.status).toBe(403)
    expect(await snapshot(id)).toMatchObject({ title: '修订稿', liveStatus: 'published' })
    const restored = await api.post(`/articles/versions/${docs[0].id}?draft=true`, {
      token: tokens.editor,
    })
    expect(restored.status).toBe(200)
    const after = await snapshot(id)
    expect(after).toMatchObject({
      _status: 'draft',
      workflowStage: 'draft',
      liveStatus: 'published',
    })
  })
})

describe('reviewers publish through the workflow too', () => {
  it("a reviewer's direct _status published is refused with a pointer to the workflow", async () => {
    const id = await documentInStage(payload, 'articles', {
      stage: 'approved',
      author: staff.editor.id,
    })
    const before = await snapshot(id)
    const response = await api.patch(`/articles/${id}`, {
      token: tokens.reviewer,
      body: { _status: 'published' },
    })
    expect(response.status).toBe(403)
    const { errors } = (await response.json()) as { errors: { message: string }[] }
    expect(errors[0].message).toContain(`/api/workflow/articles/${id}`)
    expect(await snapshot(id)).toEqual(before)

    const published = await transition(api, 'articles', id, { action: 'publish' }, tokens.reviewer)
    expect(published.status).toBe(200)
  })

  it("the admin UI offers nobody Payload's own Publish button", async () => {
    const id = await draftArticle()
    // What the edit view asks before it shows Publish (and Unpublish).
    const canPublish = async (user: Staff[keyof Staff]) => {
      const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
      const permissions = await docAccessOperation({
        id,
        collection: payload.collections.articles,
        data: { _status: 'published' },
        req,
      })
      return Boolean(permissions.update)
    }
    for (const user of [staff.editor, staff.reviewer, staff.admin]) {
      expect(await canPublish(user)).toBe(false)
    }
  })

  it('unpublishing by writing _status draft (the admin UI button) is refused', async () => {
    const id = await documentInStage(payload, 'articles', {
      stage: 'published',
      author: staff.editor.id,
    })
    for (const token of [tokens.editor, tokens.reviewer, tokens.admin]) {
      const response = await api.patch(`/articles/${id}`, { token, body: { _status: 'draft' } })
      expect(response.status).toBe(403)
    }
    expect((await api.get(`/articles/${id}`)).status).toBe(200)
  })
})

describe('editing a published document', () => {
  it('saves a new draft that goes through review while the published version stays live', async () => {
    const id = await documentInStage(payload, 'articles', {
      stage: 'published',
      author: staff.editor.id,
    })
    const { liveTitle } = await snapshot(id)
    // No ?draft=true: a person's save of a live document is a draft all the same.
    const edited = await api.patch(`/articles/${id}`, {
      token: tokens.editor,
      body: { title: '待审核的修订' },
    })
    expect(edited.status).toBe(200)
    expect(await snapshot(id)).toMatchObject({
      title: '待审核的修订',
      workflowStage: 'draft',
      _status: 'draft',
      liveTitle,
      liveStatus: 'published',
    })
    expect((await historyOf(payload, 'articles', id)).map((event) => event.action)).toEqual([
      'edit',
    ])
    const anonymous = (await (await api.get(`/articles/${id}`)).json()) as { title: string }
    expect(anonymous.title).toBe(liveTitle)
  })
})

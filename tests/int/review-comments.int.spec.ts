import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import type { ReviewComment, User } from '@/payload-types'
import { loadPanelData } from '@/workflow/admin/panel/loadPanelData'
import { verifyAuditChain } from '@/workflow/audit/verify'

import type { ApiClient } from '../helpers/http'
import { setUpSuite } from '../helpers/suite'
import { createStaff, TEST_PASSWORD, type Staff } from '../helpers/users'
import { articleData, historyOf, stateOf, transition } from '../helpers/workflow'

let payload: Payload
let api: ApiClient
let staff: Staff
let secondReviewer: User
let nonStaff: User
type Who = keyof Staff | 'secondReviewer' | 'nonStaff'
let tokens: Record<Who, string>
let users: Record<Who, User>

const suite = setUpSuite(import.meta.url, { staff: 'accounts' })

beforeAll(async () => {
  ;({ payload, api, staff } = suite)
  secondReviewer = await createStaff(payload, ['reviewer'], 'reviewer-2')
  // An account without a staff role: `roles` is required, so only a direct write makes one.
  nonStaff = await createStaff(payload, ['editor'], 'no-role')
  await payload.db.updateOne({ collection: 'users', id: nonStaff.id, data: { roles: [] } })
  nonStaff = await payload.findByID({ collection: 'users', id: nonStaff.id, depth: 0 })
  users = { ...staff, secondReviewer, nonStaff }
  const login = (user: User) => api.login(user.email, TEST_PASSWORD)
  tokens = {
    admin: await login(staff.admin),
    reviewer: await login(staff.reviewer),
    editor: await login(staff.editor),
    otherEditor: await login(staff.otherEditor),
    secondReviewer: await login(secondReviewer),
    nonStaff: await login(nonStaff),
  }
})

const asUser = (who: Who) => ({ ...users[who], collection: 'users' as const })

/** An article written by the editor and submitted by them: under review, round 1. */
const articleUnderReview = async (title?: string) => {
  const created = await api.post('/articles', { token: tokens.editor, body: articleData(title) })
  const { doc } = (await created.json()) as { doc: { id: string } }
  const submitted = await transition(api, 'articles', doc.id, { action: 'submit' }, tokens.editor)
  expect(submitted.status).toBe(200)
  return doc.id
}

type Answer = { status: number; doc?: ReviewComment; message?: string }

const answerOf = async (response: Response): Promise<Answer> => {
  const json = (await response.json()) as { doc?: ReviewComment; errors?: { message: string }[] }
  return { status: response.status, doc: json.doc, message: json.errors?.[0]?.message }
}

const commentBody = (id: string, extra: Record<string, unknown> = {}) => ({
  documentCollection: 'articles',
  documentId: id,
  body: '第二段的数据需要注明来源',
  ...extra,
})

const postComment = async (who: null | Who, body: Record<string, unknown>, lang?: string) =>
  answerOf(
    await api.post('/review-comments', {
      token: who ? tokens[who] : undefined,
      body,
      headers: lang ? { 'Accept-Language': lang } : {},
    }),
  )

const patchComment = async (who: null | Who, id: string, body: Record<string, unknown>) =>
  answerOf(
    await api.patch(`/review-comments/${id}`, { token: who ? tokens[who] : undefined, body }),
  )

const deleteComment = async (who: null | Who, id: string) =>
  (await api.delete(`/review-comments/${id}`, { token: who ? tokens[who] : undefined })).status

/** A comment written directly as `who` (set-up for the rule under test). */
const commentBy = async (who: Who, documentId: string, extra: Record<string, unknown> = {}) => {
  const answer = await postComment(who, commentBody(documentId, extra))
  expect(answer.status).toBe(201)
  return answer.doc as ReviewComment
}

const storedComment = (id: string) =>
  payload.findByID({ collection: 'review-comments', id, depth: 0 })

const commentCount = async (documentId: string) =>
  (
    await payload.count({
      collection: 'review-comments',
      where: { documentId: { equals: documentId } },
    })
  ).totalDocs

describe('writing a comment', () => {
  it.each<Who>(['editor', 'otherEditor', 'reviewer', 'admin'])(
    '%s may comment over REST on a document under review; the server sets author and round',
    async (who) => {
      const id = await articleUnderReview()
      const answer = await postComment(who, {
        ...commentBody(id, { fieldPath: 'content', passage: '约 3000 人次' }),
        // A client cannot choose these: they are the server's.
        author: staff.admin.id,
        round: 99,
        resolved: true,
      })
      expect(answer.status).toBe(201)
      const stored = await storedComment(String(answer.doc?.id))
      const [submit] = await historyOf(payload, 'articles', id)
      expect(stored).toMatchObject({
        author: users[who].id,
        documentAuthor: staff.editor.id,
        round: submit.revision,
        fieldPath: 'content',
        passage: '约 3000 人次',
        resolved: false,
      })
    },
  )

  it('anonymous clients and accounts without a staff role may not comment (REST and Local API)', async () => {
    const id = await articleUnderReview()
    expect((await postComment(null, commentBody(id))).status).toBe(403)
    expect((await postComment('nonStaff', commentBody(id))).status).toBe(403)
    await expect(
      payload.create({
        collection: 'review-comments',
        data: commentBody(id) as never,
        user: asUser('nonStaff'),
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await commentCount(id)).toBe(0)
  })

  it('staff comment through the Local API with access control on', async () => {
    const id = await articleUnderReview()
    const comment = await payload.create({
      collection: 'review-comments',
      data: commentBody(id) as never,
      user: asUser('otherEditor'),
      overrideAccess: false,
    })
    expect(comment.author).toMatchObject({ id: staff.otherEditor.id })
  })

  it('a document that is not under review takes no comments (409); a missing one is a 404', async () => {
    const created = await api.post('/articles', { token: tokens.editor, body: articleData() })
    const { doc } = (await created.json()) as { doc: { id: string } }
    const draft = await postComment('reviewer', commentBody(doc.id))
    expect(draft.status).toBe(409)
    expect(draft.message).toBe('只能对审核中的稿件发表审核意见')
    const missing = await postComment(
      'reviewer',
      commentBody('00000000-0000-4000-8000-000000000000'),
    )
    expect(missing.status).toBe(404)
    expect(await commentCount(doc.id)).toBe(0)
  })

  it('a field the collection does not have is refused (400)', async () => {
    const id = await articleUnderReview()
    const answer = await postComment('reviewer', commentBody(id, { fieldPath: 'nonsense' }))
    expect(answer.status).toBe(400)
    expect(answer.message).toBe('稿件中没有字段“nonsense”')
  })

  it('a comment without a body is refused (400)', async () => {
    const id = await articleUnderReview()
    expect((await postComment('reviewer', commentBody(id, { body: '   ' }))).status).toBe(400)
    expect(await commentCount(id)).toBe(0)
  })
})

describe('reading comments', () => {
  it.each<Who>(['editor', 'otherEditor', 'reviewer', 'admin'])(
    '%s reads the comments of a document (REST and Local API)',
    async (who) => {
      const id = await articleUnderReview()
      await commentBy('reviewer', id)
      const response = await api.get(`/review-comments?where[documentId][equals]=${id}`, {
        token: tokens[who],
      })
      expect(response.status).toBe(200)
      expect(((await response.json()) as { totalDocs: number }).totalDocs).toBe(1)
      const local = await payload.find({
        collection: 'review-comments',
        where: { documentId: { equals: id } },
        user: asUser(who),
        overrideAccess: false,
      })
      expect(local.totalDocs).toBe(1)
    },
  )

  it('anonymous clients and accounts without a staff role read nothing (REST, GraphQL, Local API)', async () => {
    const id = await articleUnderReview()
    const comment = await commentBy('reviewer', id)
    expect((await api.get('/review-comments')).status).toBe(403)
    expect((await api.get(`/review-comments/${comment.id}`)).status).toBe(403)
    expect((await api.get('/review-comments', { token: tokens.nonStaff })).status).toBe(403)
    const graphql = await api.graphql('{ ReviewComments { docs { id body } } }')
    const json = (await graphql.json()) as { data?: { ReviewComments: null }; errors?: unknown[] }
    expect(json.data?.ReviewComments ?? null).toBeNull()
    expect(json.errors?.length).toBeGreaterThan(0)
    await expect(
      payload.find({
        collection: 'review-comments',
        user: asUser('nonStaff'),
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })
})

describe('editing and deleting', () => {
  it('only the author edits the text of their own open comment', async () => {
    const id = await articleUnderReview()
    const comment = await commentBy('otherEditor', id)
    const edited = await patchComment('otherEditor', String(comment.id), { body: '改：请注明来源' })
    expect(edited.status).toBe(200)
    expect(edited.doc?.body).toBe('改：请注明来源')
    // The document's author may resolve it, but not reword it.
    expect((await patchComment('editor', String(comment.id), { body: '不' })).status).toBe(403)
    // Reviewers and admins may resolve it, but not reword it.
    expect((await patchComment('reviewer', String(comment.id), { body: '不' })).status).toBe(403)
    expect((await patchComment('admin', String(comment.id), { body: '不' })).status).toBe(403)
    expect((await patchComment(null, String(comment.id), { body: '不' })).status).toBe(403)
    expect((await patchComment('nonStaff', String(comment.id), { body: '不' })).status).toBe(403)
    await expect(
      payload.update({
        collection: 'review-comments',
        id: comment.id,
        data: { body: '不' },
        user: asUser('reviewer'),
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await storedComment(String(comment.id))).body).toBe('改：请注明来源')
  })

  it('an editor who wrote neither the comment nor the document may not touch it (403)', async () => {
    const id = await articleUnderReview()
    const comment = await commentBy('reviewer', id)
    expect((await patchComment('otherEditor', String(comment.id), { body: '不' })).status).toBe(403)
    expect((await patchComment('otherEditor', String(comment.id), { resolved: true })).status).toBe(
      403,
    )
    expect((await storedComment(String(comment.id))).resolved).toBe(false)
  })

  it('GraphQL keeps the same rules: staff read, only the author rewords, nobody else deletes', async () => {
    const id = await articleUnderReview()
    const comment = await commentBy('reviewer', id)
    type Answer = { data?: Record<string, { id: string; body: string } | null>; errors?: unknown[] }
    const ask = async (who: Who, query: string) =>
      (await (await api.graphql(query, { token: tokens[who] })).json()) as Answer
    const read = await ask('otherEditor', `{ ReviewComment(id: "${comment.id}") { id body } }`)
    expect(read.data?.ReviewComment?.body).toBe(comment.body)
    for (const who of ['editor', 'otherEditor', 'admin'] as const) {
      const update = await ask(
        who,
        `mutation { updateReviewComment(id: "${comment.id}", data: { body: "不" }) { id body } }`,
      )
      expect(update.data?.updateReviewComment ?? null).toBeNull()
      expect(update.errors?.length).toBeGreaterThan(0)
      const remove = await ask(who, `mutation { deleteReviewComment(id: "${comment.id}") { id } }`)
      expect(remove.data?.deleteReviewComment ?? null).toBeNull()
    }
    const own = await ask(
      'reviewer',
      `mutation { updateReviewComment(id: "${comment.id}", data: { body: "请注明数据来源" }) { id body } }`,
    )
    expect(own.data?.updateReviewComment?.body).toBe('请注明数据来源')
    expect((await storedComment(String(comment.id))).body).toBe('请注明数据来源')
  })

  it('a resolved comment is no longer edited, even by its author (409)', async () => {
    const id = await articleUnderReview()
    const comment = await commentBy('reviewer', id)
    expect((await patchComment('reviewer', String(comment.id), { resolved: true })).status).toBe(
      200,
    )
    const answer = await patchComment('reviewer', String(comment.id), { body: '再改' })
    expect(answer.status).toBe(409)
  })

  it('only the author deletes their own open comment', async () => {
    const id = await articleUnderReview()
    const comment = await commentBy('otherEditor', id)
    for (const who of [null, 'nonStaff', 'editor', 'reviewer', 'admin'] as const) {
      expect(await deleteComment(who, String(comment.id))).toBe(403)
    }
    await expect(
      payload.delete({
        collection: 'review-comments',
        id: comment.id,
        user: asUser('admin'),
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await deleteComment('otherEditor', String(comment.id))).toBe(200)
    expect(await commentCount(id)).toBe(0)
  })

  it('the author may not delete a resolved comment', async () => {
    const id = await articleUnderReview()
    const comment = await commentBy('reviewer', id)
    await patchComment('editor', String(comment.id), { resolved: true })
    expect(await deleteComment('reviewer', String(comment.id))).toBe(403)
    await expect(
      payload.delete({
        collection: 'review-comments',
        id: comment.id,
        user: asUser('reviewer'),
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })
})

describe('resolving and reopening', () => {
  it.each<[Who, Who]>([
    ['reviewer', 'otherEditor'],
    ['admin', 'otherEditor'],
    ['secondReviewer', 'reviewer'],
    ['otherEditor', 'otherEditor'],
    ['editor', 'reviewer'],
  ])('%s resolves and reopens a comment by %s', async (who, author) => {
    const id = await articleUnderReview()
    const comment = await commentBy(author, id)
    const resolved = await patchComment(who, String(comment.id), { resolved: true })
    expect(resolved.status).toBe(200)
    const stored = await storedComment(String(comment.id))
    expect(stored.resolved).toBe(true)
    expect(stored.resolvedBy).toBe(users[who].id)
    expect(Date.parse(String(stored.resolvedAt))).toBeGreaterThan(Date.now() - 60_000)
    const reopened = await payload.update({
      collection: 'review-comments',
      id: comment.id,
      data: { resolved: false },
      user: asUser(who),
      overrideAccess: false,
    })
    expect(reopened).toMatchObject({ resolved: false, resolvedBy: null, resolvedAt: null })
  })

  it('anonymous clients, accounts without a staff role and other editors may not resolve', async () => {
    const id = await articleUnderReview()
    const comment = await commentBy('reviewer', id)
    for (const who of [null, 'nonStaff', 'otherEditor'] as const) {
      expect((await patchComment(who, String(comment.id), { resolved: true })).status).toBe(403)
    }
    await expect(
      payload.update({
        collection: 'review-comments',
        id: comment.id,
        data: { resolved: true },
        user: asUser('otherEditor'),
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await storedComment(String(comment.id))).resolved).toBe(false)
  })
})

describe('@mentions', () => {
  const mentionsOf = async (who: Who, documentId: string) =>
    (
      await payload.find({
        collection: 'notifications',
        where: {
          and: [
            { recipient: { equals: users[who].id } },
            { documentId: { equals: documentId } },
            { kind: { equals: 'mentioned' } },
          ],
        },
        depth: 0,
      })
    ).docs

  it('each staff account mentioned is told once in the bell, never the author', async () => {
    const id = await articleUnderReview('海洋科普周报道')
    const comment = await commentBy('reviewer', id, {
      mentions: [staff.editor.id, secondReviewer.id, staff.reviewer.id],
    })
    const [told] = await mentionsOf('editor', id)
    expect(told.summary).toBe('reviewer 在《海洋科普周报道》（新闻）中提到了您')
    expect(told.actor).toBe(staff.reviewer.id)
    expect(await mentionsOf('secondReviewer', id)).toHaveLength(1)
    expect(await mentionsOf('reviewer', id)).toHaveLength(0)
    // The mentioned editor sees it through the API, as the bell does.
    const bell = await api.get(`/notifications?where[documentId][equals]=${id}`, {
      token: tokens.editor,
    })
    expect(((await bell.json()) as { totalDocs: number }).totalDocs).toBe(1)
    // An edit tells only those newly mentioned.
    const edited = await patchComment('reviewer', String(comment.id), {
      mentions: [staff.editor.id, secondReviewer.id, staff.admin.id],
    })
    expect(edited.status).toBe(200)
    expect(await mentionsOf('editor', id)).toHaveLength(1)
    expect(await mentionsOf('admin', id)).toHaveLength(1)
  })

  it('mentioning an unknown account is a 400 in the client language, and nothing is written', async () => {
    const id = await articleUnderReview()
    const unknown = '00000000-0000-4000-8000-000000000001'
    const zh = await postComment('reviewer', commentBody(id, { mentions: [unknown] }))
    expect(zh.status).toBe(400)
    expect(zh.message).toBe(`只能提到工作人员账号：“${unknown}”不是工作人员或不存在`)
    const en = await postComment('reviewer', commentBody(id, { mentions: [unknown] }), 'en')
    expect(en.status).toBe(400)
    expect(en.message).toBe(
      `Only staff accounts can be mentioned: "${unknown}" is not staff or does not exist`,
    )
    expect(await commentCount(id)).toBe(0)
  })

  it('mentioning an account without a staff role is a 400, and nobody is told', async () => {
    const id = await articleUnderReview()
    const answer = await postComment(
      'reviewer',
      commentBody(id, { mentions: [staff.editor.id, nonStaff.id] }),
    )
    expect(answer.status).toBe(400)
    expect(answer.message).toContain(String(nonStaff.id))
    expect(await commentCount(id)).toBe(0)
    expect(await mentionsOf('editor', id)).toHaveLength(0)
  })
})

describe('request_changes citing comments', () => {
  it('cites open comments of the round; the history record lists them, and the chain holds', async () => {
    const id = await articleUnderReview()
    const first = await commentBy('reviewer', id, { fieldPath: 'title' })
    const second = await commentBy('secondReviewer', id)
    const answer = await transition(
      api,
      'articles',
      id,
      { action: 'request_changes', comment: '见审核意见', comments: [first.id, second.id] },
      tokens.reviewer,
    )
    expect(answer.status).toBe(200)
    const history = await historyOf(payload, 'articles', id)
    expect(history.at(-1)).toMatchObject({
      action: 'request_changes',
      reviewComments: [first.id, second.id],
    })
    expect((await verifyAuditChain(payload)).ok).toBe(true)
    // A cited comment stays as it was: not reworded, not deleted.
    expect((await patchComment('reviewer', String(first.id), { body: '改' })).status).toBe(409)
    expect(await deleteComment('reviewer', String(first.id))).toBe(409)
    // The author answers by resolving it.
    expect((await patchComment('editor', String(first.id), { resolved: true })).status).toBe(200)
  })

  it.each([
    ['a resolved comment', 'resolved'],
    ['a comment on another document', 'other'],
    ['an unknown id', 'unknown'],
  ])('refuses %s (400, naming it) and records nothing', async (_, kind) => {
    const id = await articleUnderReview()
    const open = await commentBy('reviewer', id)
    let bad = '00000000-0000-4000-8000-000000000002'
    if (kind === 'resolved') {
      bad = String((await commentBy('reviewer', id)).id)
      await patchComment('reviewer', bad, { resolved: true })
    }
    if (kind === 'other') bad = String((await commentBy('reviewer', await articleUnderReview())).id)
    const before = (await historyOf(payload, 'articles', id)).length
    const answer = await transition(
      api,
      'articles',
      id,
      { action: 'request_changes', comment: '见意见', comments: [open.id, bad] },
      tokens.reviewer,
    )
    expect(answer.status).toBe(400)
    expect(answer.body.errors?.[0].message).toContain(bad)
    expect(await historyOf(payload, 'articles', id)).toHaveLength(before)
    expect((await stateOf(payload, 'articles', id)).workflowStage).toBe('in_review')
  })

  it('comments are for request_changes only, as a list of ids (400)', async () => {
    const id = await articleUnderReview()
    const open = await commentBy('reviewer', id)
    const approve = await transition(
      api,
      'articles',
      id,
      { action: 'approve', comments: [open.id] },
      tokens.reviewer,
    )
    expect(approve.status).toBe(400)
    expect(approve.body.errors?.[0].message).toContain('comments is only for request_changes')
    const notList = await transition(
      api,
      'articles',
      id,
      { action: 'request_changes', comments: open.id } as never,
      tokens.reviewer,
    )
    expect(notList.status).toBe(400)
  })

  it('an editor still may not request changes, comments or not (403)', async () => {
    const id = await articleUnderReview()
    const open = await commentBy('reviewer', id)
    const answer = await transition(
      api,
      'articles',
      id,
      { action: 'request_changes', comments: [open.id] },
      tokens.otherEditor,
    )
    expect(answer.status).toBe(403)
  })
})

describe('rounds', () => {
  it('comments stay with their round: earlier ones are history, the new round starts empty', async () => {
    const id = await articleUnderReview()
    const old = await commentBy('reviewer', id)
    const uncited = await commentBy('reviewer', id)
    await transition(
      api,
      'articles',
      id,
      { action: 'request_changes', comment: '见意见', comments: [old.id] },
      tokens.reviewer,
    )
    const resubmitted = await transition(api, 'articles', id, { action: 'submit' }, tokens.editor)
    expect(resubmitted.status).toBe(200)
    // Still readable by staff.
    const read = await api.get(`/review-comments/${old.id}`, { token: tokens.otherEditor })
    expect(read.status).toBe(200)
    // No longer resolved, reopened or cited: it belongs to the earlier round.
    const resolve = await patchComment('editor', String(old.id), { resolved: true })
    expect(resolve.status).toBe(409)
    const cite = await transition(
      api,
      'articles',
      id,
      { action: 'request_changes', comment: '见意见', comments: [old.id] },
      tokens.reviewer,
    )
    expect(cite.status).toBe(400)
    // Not deleted either, even by its author while it is open.
    expect(await deleteComment('reviewer', String(uncited.id))).toBe(409)
    expect(await commentCount(id)).toBe(2)
    const fresh = await commentBy('reviewer', id)
    expect(fresh.round).toBeGreaterThan(old.round ?? 0)
    const submits = (await historyOf(payload, 'articles', id)).filter(
      (event) => event.action === 'submit',
    )
    expect(fresh.round).toBe(submits.at(-1)?.revision)
  })

  it('once published, no comment is added or resolved', async () => {
    const id = await articleUnderReview()
    const comment = await commentBy('secondReviewer', id)
    // Each review level by another reviewer, until it is approved; then it is published.
    let stage: string | undefined = 'in_review'
    for (const token of [tokens.reviewer, tokens.secondReviewer, tokens.admin]) {
      if (stage === 'approved') break
      const approved = await transition(api, 'articles', id, { action: 'approve' }, token)
      expect(approved.status).toBe(200)
      stage = approved.body.workflowStage
    }
    expect(
      (await transition(api, 'articles', id, { action: 'publish' }, tokens.reviewer)).status,
    ).toBe(200)
    expect((await postComment('reviewer', commentBody(id))).status).toBe(409)
    expect((await patchComment('reviewer', String(comment.id), { resolved: true })).status).toBe(
      409,
    )
  })
})

describe('on a workflow global', () => {
  it('comments on the homepage under review, addressed as globals/homepage', async () => {
    const submitted = await transition(
      api,
      'globals',
      'homepage',
      { action: 'submit' },
      tokens.editor,
    )
    expect(submitted.status).toBe(200)
    const answer = await postComment('reviewer', {
      documentCollection: 'globals',
      documentId: 'homepage',
      body: '首页轮播图顺序请调整',
    })
    expect(answer.status).toBe(201)
    const cited = await transition(
      api,
      'globals',
      'homepage',
      { action: 'request_changes', comment: '见意见', comments: [answer.doc?.id] } as never,
      tokens.reviewer,
    )
    expect(cited.status).toBe(200)
  })
})

describe('in the workflow panel', () => {
  it('the panel knows the current round, the fields to comment on and the staff to mention', async () => {
    const id = await articleUnderReview()
    const req = await createLocalReq({ user: asUser('reviewer') }, payload)
    const data = await loadPanelData(req, 'articles', id)
    const [submit] = await historyOf(payload, 'articles', id)
    expect(data?.round).toBe(submit.revision)
    const fields = data?.commentFields.map((field) => field.name) ?? []
    expect(fields).toEqual(expect.arrayContaining(['title', 'content']))
    expect(fields).not.toEqual(expect.arrayContaining(['workflow']))
    expect(fields).not.toContain('workflowStage')
    expect(data?.commentFields.find((field) => field.name === 'title')?.label).toEqual({
      zh: '标题',
      en: 'Title',
    })
    expect(data?.staff.map((person) => person.id)).toEqual(
      expect.arrayContaining([staff.editor.id, staff.reviewer.id, secondReviewer.id]),
    )
    // A draft has no round going.
    const created = await api.post('/articles', { token: tokens.editor, body: articleData() })
    const { doc } = (await created.json()) as { doc: { id: string } }
    expect((await loadPanelData(req, 'articles', doc.id))?.round).toBeNull()
  })
})

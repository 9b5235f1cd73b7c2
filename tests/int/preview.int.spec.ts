import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { isDeliveryRequest, isPrivateRequest } from '@/delivery/cache/policy'
import { createPreviewToken } from '@/delivery/preview/token'

import type { ApiClient } from '../helpers/http'
import { setUpSuite } from '../helpers/suite'
import type { StaffTokens } from '../helpers/users'
import { articleData, eventData } from '../helpers/workflow'

let payload: Payload
let api: ApiClient
let tokens: StaffTokens

const published = { _status: 'published' as const, workflowStage: 'published' as const }

const suite = setUpSuite(import.meta.url, { staff: 'tokens' })

beforeAll(() => {
  ;({ payload, api, tokens } = suite)
})

/** A published article whose working copy is a newer draft titled `draftTitle`. */
const publishedWithDraft = async (liveTitle: string, draftTitle: string) => {
  const { id } = await payload.create({
    collection: 'articles',
    data: { ...articleData(liveTitle), ...published },
    overrideAccess: true,
  })
  await payload.update({
    collection: 'articles',
    id,
    draft: true,
    data: { title: draftTitle },
    overrideAccess: true,
  })
  return id
}

type Minted = { token: string; url: string; expiresAt: string }

const mint = async (collection: string, id: string, token?: string) => {
  const response = await api.post(`/preview/${collection}/${id}`, { token })
  return { status: response.status, body: (await response.json()) as Minted }
}

describe('draft preview', () => {
  it('anonymous clients cannot mint a preview token', async () => {
    const id = await publishedWithDraft('匿名不可预览', '匿名不可预览草稿')
    expect((await mint('articles', id)).status).toBe(401)
  })

  it('unknown collections and documents are 404 for staff', async () => {
    expect((await mint('users', 'x', tokens.editor)).status).toBe(404)
    expect((await mint('articles', '999999', tokens.editor)).status).toBe(404)
  })

  it('an editor previews the newer draft of a published article with the token alone', async () => {
    const id = await publishedWithDraft('线上标题', '预览草稿标题')
    const minted = await mint('articles', id, tokens.editor)
    expect(minted.status).toBe(200)
    expect(Date.parse(minted.body.expiresAt)).toBeGreaterThan(Date.now() + 9 * 60_000)
    expect(minted.body.url).toContain(`/api/preview/articles/${id}?token=`)

    const response = await api.get(
      `/preview/articles/${id}?token=${encodeURIComponent(minted.body.token)}&locale=zh`,
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('Cache-Control')).toBe('private, no-store')
    const preview = (await response.json()) as Record<string, unknown>
    expect(preview.title).toBe('预览草稿标题')
    // The token opens the content, not the staff-only review state.
    expect(preview).not.toHaveProperty('workflow')
    // The live answer is untouched.
    const live = (await (await api.get(`/articles/${id}`)).json()) as { title: string }
    expect(live.title).toBe('线上标题')
  })

  it('fills PREVIEW_URL_TEMPLATE when it is set', async () => {
    const id = await publishedWithDraft('模板预览', '模板预览草稿')
    process.env.PREVIEW_URL_TEMPLATE =
      'https://www.example.org/preview?collection={collection}&id={id}&token={token}'
    try {
      const { body } = await mint('articles', id, tokens.editor)
      expect(body.url).toBe(
        `https://www.example.org/preview?collection=articles&id=${id}&token=${encodeURIComponent(body.token)}`,
      )
    } finally {
      delete process.env.PREVIEW_URL_TEMPLATE
    }
  })

  it('a token opens no other document, collection or list', async () => {
    const id = await publishedWithDraft('甲文', '甲文草稿')
    const otherId = await publishedWithDraft('乙文', '乙文机密草稿')
    const event = await payload.create({
      collection: 'events',
      data: { ...eventData('活动'), ...published },
      overrideAccess: true,
    })
    const { body } = await mint('articles', id, tokens.editor)
    const query = `token=${encodeURIComponent(body.token)}`

    const other = await api.get(`/preview/articles/${otherId}?${query}`)
    expect(other.status).toBe(403)
    expect(await other.text()).not.toContain('乙文机密草稿')
    expect((await api.get(`/preview/events/${event.id}?${query}`)).status).toBe(403)
    expect((await api.get(`/preview/events/${id}?${query}`)).status).toBe(403)
    const list = await api.get(`/articles?draft=true&${query}`)
    expect(await list.text()).not.toContain('草稿')
  })

  it('tampered, expired and missing tokens are refused', async () => {
    const id = await publishedWithDraft('签名文', '签名文草稿')
    const { body } = await mint('articles', id, tokens.editor)
    const [claims, signature] = body.token.split('.')
    const flipped = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`
    const forgedClaims = Buffer.from(
      JSON.stringify({ collection: 'articles', id, exp: Date.now() + 3_600_000_000 }),
    ).toString('base64url')
    const expired = createPreviewToken(
      payload.secret,
      { collection: 'articles', id },
      Date.now() - 11 * 60_000,
    ).token

    for (const token of [`${claims}.${flipped}`, `${forgedClaims}.${signature}`, expired, 'x']) {
      const response = await api.get(`/preview/articles/${id}?token=${encodeURIComponent(token)}`)
      expect(response.status).toBe(401)
      expect(await response.text()).not.toContain('签名文草稿')
    }
    expect((await api.get(`/preview/articles/${id}`)).status).toBe(401)
  })

  it('the express response cache never keeps a preview answer', () => {
    const url = new URL('http://localhost/api/preview/articles/1?token=t')
    expect(isDeliveryRequest(url)).toBe(false)
    expect(isPrivateRequest({ headers: {} } as never, url)).toBe(true)
  })
})

describe('draft preview of a global under review', () => {
  type HomepagePreview = { hero?: { heading?: string }; workflow?: unknown }

  /** The homepage live with `live`, its working copy a newer draft with `draft`, saved by an editor. */
  const homepageWithDraft = async (live: string, draft: string) => {
    // Test set-up: published through the system path, as the seed writes it.
    await payload.updateGlobal({
      slug: 'homepage',
      data: { hero: { heading: live }, _status: 'published' },
      overrideAccess: true,
    })
    const saved = await api.post('/globals/homepage?draft=true', {
      token: tokens.editor,
      body: { hero: { heading: draft } },
    })
    expect(saved.status).toBe(200)
  }

  const readPreview = (slug: string, token: string) =>
    api.get(`/preview/globals/${slug}?token=${encodeURIComponent(token)}&locale=zh`)

  it('every staff role previews the homepage draft; readers keep the live homepage', async () => {
    await homepageWithDraft('线上首页标题', '首页预览草稿')
    for (const role of ['editor', 'reviewer', 'admin'] as const) {
      const minted = await mint('globals', 'homepage', tokens[role])
      expect(minted.status).toBe(200)
      expect(minted.body.url).toContain('/api/preview/globals/homepage?token=')
      const response = await readPreview('homepage', minted.body.token)
      expect(response.status).toBe(200)
      expect(response.headers.get('Cache-Control')).toBe('private, no-store')
      const preview = (await response.json()) as HomepagePreview
      expect(preview.hero?.heading).toBe('首页预览草稿')
      expect(preview).not.toHaveProperty('workflow')
    }
    const live = (await (await api.get('/globals/homepage')).json()) as HomepagePreview
    expect(live.hero?.heading).toBe('线上首页标题')
  })

  it('anonymous clients cannot mint a token for a global, nor read one without a token', async () => {
    await homepageWithDraft('匿名首页', '匿名不可见的首页草稿')
    expect((await mint('globals', 'homepage')).status).toBe(401)
    const read = await api.get('/preview/globals/homepage')
    expect(read.status).toBe(401)
    expect(await read.text()).not.toContain('匿名不可见的首页草稿')
  })

  it('globals outside the workflow and unknown slugs are 404', async () => {
    for (const slug of ['site-settings', 'workflow-settings', 'no-such-global']) {
      expect((await mint('globals', slug, tokens.admin)).status).toBe(404)
    }
  })

  it("a global's token opens no other global or document, and a document's no global", async () => {
    await homepageWithDraft('令牌首页', '令牌首页草稿')
    const homepage = (await mint('globals', 'homepage', tokens.editor)).body.token
    const other = await readPreview('official-figures', homepage)
    expect(other.status).toBe(403)
    expect((await readPreview('site-settings', homepage)).status).toBe(403)
    expect(
      (await api.get(`/preview/articles/homepage?token=${encodeURIComponent(homepage)}`)).status,
    ).toBe(403)

    const article = await publishedWithDraft('令牌文章', '令牌文章草稿')
    const articleToken = (await mint('articles', article, tokens.editor)).body.token
    const refused = await readPreview('homepage', articleToken)
    expect(refused.status).toBe(403)
    expect(await refused.text()).not.toContain('令牌首页草稿')
  })

  it('an expired token for a global is refused', async () => {
    await homepageWithDraft('过期首页', '过期首页草稿')
    const expired = createPreviewToken(
      payload.secret,
      { collection: 'globals', id: 'homepage' },
      Date.now() - 11 * 60_000,
    ).token
    const response = await readPreview('homepage', expired)
    expect(response.status).toBe(401)
    expect(await response.text()).not.toContain('过期首页草稿')
  })
})

describe('archived documents', () => {
  it('an archived article is not returned to anonymous clients over REST or GraphQL', async () => {
    const title = '已归档的旧闻'
    const { id } = await payload.create({
      collection: 'articles',
      data: { ...articleData(title), ...published },
      overrideAccess: true,
    })
    await payload.update({
      collection: 'articles',
      id,
      data: { _status: 'draft', workflowStage: 'archived' },
      overrideAccess: true,
    })

    expect(await (await api.get('/articles?limit=100')).text()).not.toContain(title)
    const byId = await api.get(`/articles/${id}`)
    expect(byId.status).toBe(404)
    expect(await byId.text()).not.toContain(title)
    const graphql = async (query: string) => JSON.stringify(await (await api.graphql(query)).json())
    expect(await graphql(`{ Article(id: "${id}") { title } }`)).not.toContain(title)
    expect(await graphql('{ Articles(limit: 100) { docs { title } } }')).not.toContain(title)
  })
})

import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { toSlug } from '@/fields/slug'

import { richText, fieldErrors } from '../helpers/content'
import type { ApiClient } from '../helpers/http'
import { setUpSuite } from '../helpers/suite'
import { TEST_PASSWORD, type Staff } from '../helpers/users'

let payload: Payload
let api: ApiClient
let staff: Staff
let editorToken: string
let awardId: string

const suite = setUpSuite(import.meta.url, { staff: 'accounts' })

beforeAll(async () => {
  ;({ payload, api, staff } = suite)
  editorToken = await api.login(staff.editor.email, TEST_PASSWORD)
  const award = await payload.create({
    collection: 'awards',
    data: { name: '青岛市青年科技奖', slug: 'youth-award-for-recipients' },
  })
  awardId = award.id
})

type Created = { doc: { id: string; slug?: string | null } }

const create = async (collection: string, body: Record<string, unknown>) => {
  const response = await api.post(`/${collection}`, { token: editorToken, body })
  expect(response.status).toBe(201)
  return ((await response.json()) as Created).doc
}

describe('toSlug', () => {
  it('spells Chinese as lowercase hyphenated pinyin without tones', () => {
    expect(toSlug('青岛国际水大会')).toBe('qing-dao-guo-ji-shui-da-hui')
    expect(toSlug('第17届国际材联—亚洲材料大会')).toBe(
      'di-17-jie-guo-ji-cai-lian-ya-zhou-cai-liao-da-hui',
    )
  })

  it('keeps the result ASCII for traditional, full-width, ü and Latin input', () => {
    expect(toSlug('青島市科协')).toBe('qing-dao-shi-ke-xie')
    expect(toSlug('Ｑ１２３ 绿色发展')).toBe('q123-lv-se-fa-zhan')
    expect(toSlug('Café Scientifique 2024!')).toBe('cafe-scientifique-2024')
    expect(toSlug('😀')).toBe('')
  })

  it('cuts a long title at a syllable boundary', () => {
    const slug = toSlug('青岛市科学技术协会'.repeat(10))
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    expect(slug.endsWith('-')).toBe(false)
  })
})

describe('slugs over REST', () => {
  it('generates a pinyin slug from the Chinese title of every workflow collection', async () => {
    const startDate = '2024-09-01T01:00:00.000Z'
    const cases: [string, Record<string, unknown>, string][] = [
      [
        'articles',
        { title: '科普日活动启动', content: richText('正文') },
        'ke-pu-ri-huo-dong-qi-dong',
      ],
      ['events', { title: '青岛国际水大会', startDate }, 'qing-dao-guo-ji-shui-da-hui'],
      [
        'science-education-bases',
        { name: '青岛水族馆', level: 'national' },
        'qing-dao-shui-zu-guan',
      ],
      ['volunteer-teams', { name: '银龄科普志愿服务队' }, 'yin-ling-ke-pu-zhi-yuan-fu-wu-dui'],
      ['awards', { name: '青岛最美科技工作者' }, 'qing-dao-zui-mei-ke-ji-gong-zuo-zhe'],
      ['award-recipients', { name: '王海洋', award: awardId, year: 2022 }, 'wang-hai-yang'],
    ]
    for (const [collection, body, expected] of cases) {
      expect((await create(collection, body)).slug).toBe(expected)
    }
  })

  it('adds -2, -3 when the generated slug is taken, per collection', async () => {
    const startDate = '2024-10-01T01:00:00.000Z'
    const first = await create('events', { title: '海洋科技大会', startDate })
    const second = await create('events', { title: '海洋科技大会', startDate })
    const third = await create('events', { title: '海洋科技大会', startDate })
    expect([first.slug, second.slug, third.slug]).toEqual([
      'hai-yang-ke-ji-da-hui',
      'hai-yang-ke-ji-da-hui-2',
      'hai-yang-ke-ji-da-hui-3',
    ])

    // Another collection has its own namespace.
    const article = await create('articles', { title: '海洋科技大会', content: richText('x') })
    expect(article.slug).toBe('hai-yang-ke-ji-da-hui')
  })

  it('keeps an explicit slug and lets an editor change it', async () => {
    const event = await create('events', {
      title: '青岛国际水大会',
      slug: 'qingdao-water-conference-2024',
      startDate: '2024-06-01T01:00:00.000Z',
    })
    expect(event.slug).toBe('qingdao-water-conference-2024')

    const renamed = await api.patch(`/events/${event.id}`, {
      token: editorToken,
      body: { slug: 'water-conference-9' },
    })
    expect(renamed.status).toBe(200)
    expect(((await renamed.json()) as Created).doc.slug).toBe('water-conference-9')

    // Changing the title later does not move a live URL.
    const retitled = await api.patch(`/events/${event.id}`, {
      token: editorToken,
      body: { title: '第九届青岛国际水大会' },
    })
    expect(((await retitled.json()) as Created).doc.slug).toBe('water-conference-9')
  })

  it('normalizes an explicit slug to the same ASCII form', async () => {
    const award = await create('awards', { name: '金桥奖', slug: ' Golden Bridge 金桥 ' })
    expect(award.slug).toBe('golden-bridge-jin-qiao')
  })

  it('regenerates the slug from the title when it is cleared', async () => {
    const team = await create('volunteer-teams', { name: '蒲公英服务队', slug: 'temp-team' })
    const cleared = await api.patch(`/volunteer-teams/${team.id}`, {
      token: editorToken,
      body: { slug: '' },
    })
    expect(((await cleared.json()) as Created).doc.slug).toBe('pu-gong-ying-fu-wu-dui')
  })

  it('falls back to "untitled" for a title with nothing to spell', async () => {
    expect((await create('awards', { name: '★★★' })).slug).toBe('untitled')
    expect((await create('awards', { name: '？' })).slug).toBe('untitled-2')
  })

  it('keeps the slug when it is cleared in a locale without a title', async () => {
    const award = await create('awards', { name: '英文缺失奖', slug: 'no-english-name' })
    // A draft: a published save would also ask for the missing English name.
    const response = await api.patch(`/awards/${award.id}?locale=en&draft=true`, {
      token: editorToken,
      body: { slug: '' },
    })
    expect(response.status).toBe(200)
    expect(((await response.json()) as Created).doc.slug).toBe('no-english-name')
  })

  it('rejects an explicit slug another document uses with 400 on slug', async () => {
    await create('awards', { name: '科技创新奖', slug: 'innovation-award' })
    const response = await api.post('/awards', {
      token: editorToken,
      body: { name: '另一个奖', slug: 'innovation-award' },
    })
    expect(response.status).toBe(400)
    expect(await fieldErrors(response)).toEqual({
      slug: '网址别名“innovation-award”已被使用，请换一个或留空自动生成',
    })
  })

  it('gives a duplicated document a fresh slug', async () => {
    const base = await create('science-education-bases', { name: '海洋科普馆', level: 'community' })
    const response = await api.post(`/science-education-bases/${base.id}/duplicate`, {
      token: editorToken,
      body: {},
    })
    expect(response.status).toBe(200)
    expect(((await response.json()) as Created).doc.slug).toBe('hai-yang-ke-pu-guan-2')
  })

  it('generates the slug for a minimal GraphQL create', async () => {
    const response = await api.graphql(
      `mutation { createAward(data: { name: "青岛市自然科学奖" }) { slug } }`,
      { token: editorToken },
    )
    const json = (await response.json()) as { data?: { createAward?: { slug: string } } }
    expect(json.data?.createAward?.slug).toBe('qing-dao-shi-zi-ran-ke-xue-jiang')
  })
})

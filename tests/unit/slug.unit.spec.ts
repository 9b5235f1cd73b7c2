import { describe, expect, it } from '@jest/globals'

import { toSlug } from '@/fields/slug'

describe('slugs from titles', () => {
  it.each([
    ['青岛国际水大会', 'qing-dao-guo-ji-shui-da-hui'],
    ['绿色科技', 'lv-se-ke-ji'],
    ['重庆科技馆', 'chong-qing-ke-ji-guan'],
    ['AI 科普周 2024！', 'ai-ke-pu-zhou-2024'],
    ['ＡＩ科普', 'ai-ke-pu'],
    ['Café Über Science', 'cafe-uber-science'],
    ['  --Hello,   World--  ', 'hello-world'],
  ])('%s -> %s', (title, slug) => {
    expect(toSlug(title)).toBe(slug)
  })

  it('is empty for a title with nothing to spell, or no title at all', () => {
    expect(toSlug('🎉🎉！')).toBe('')
    expect(toSlug('')).toBe('')
    expect(toSlug(undefined)).toBe('')
    expect(toSlug(42)).toBe('')
  })

  it('keeps slugs ASCII, whatever the title', () => {
    expect(toSlug('科协 · 2024年度「十大」科普事件')).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it('cuts a long title at a syllable boundary, at most 96 characters', () => {
    const title = '中国科学技术协会青少年科技创新大赛'.repeat(6)
    const slug = toSlug(title)
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(slug).toMatch(/^zhong-guo-ke-xue/)
    // Not half a syllable, no dangling hyphen: the slug is a prefix of the full spelling ending
    // where a syllable ends.
    const full = toSlug(title.slice(0, 17)).split('-')
    const syllables = slug.split('-')
    syllables.forEach((syllable, index) => expect(syllable).toBe(full[index % full.length]))
  })
})

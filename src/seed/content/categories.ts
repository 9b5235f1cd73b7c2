/**
 * The news categories: one per section of the source article. Slugs are stable English words so
 * that downstream sites can put them in URLs and the seed can find them again.
 */
export const DEMO_CATEGORIES = [
  { slug: 'science-popularization', zh: '科普', en: 'Science popularization' },
  { slug: 'academic-exchange', zh: '学术交流', en: 'Academic exchange' },
  { slug: 'think-tank', zh: '智库', en: 'Think tank' },
  { slug: 'reform', zh: '深化改革', en: 'Reform' },
  { slug: 'ideological-guidance', zh: '思想引领', en: 'Ideological guidance' },
  { slug: 'science-economy-integration', zh: '科技经济融合', en: 'Science-economy integration' },
] as const

export type CategoryKey = (typeof DEMO_CATEGORIES)[number]['slug']

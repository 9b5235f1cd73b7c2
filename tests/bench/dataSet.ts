/** The benchmark's data set: the sizes the issue asks for, or a small one for `--quick`. */
export const benchSize = (isQuick: boolean) =>
  isQuick
    ? { articles: 120, drafts: 10, events: 30, bases: 40, recipients: 24, growTo: 2_000 }
    : { articles: 1_000, drafts: 50, events: 300, bases: 400, recipients: 240, growTo: 50_000 }

export type BenchSize = ReturnType<typeof benchSize>

/** Every draft title carries it; no anonymous answer may. */
export const BENCH_DRAFT_MARK = '【草稿】'

/** The staff accounts' password (a throwaway database on loopback). */
export const BENCH_PASSWORD = 'bench-password-not-secret'

/** The Chinese word the search benchmark looks for: in the body of every seventh article. */
export const SEARCH_WORD = '气象'

/**
 * What the search benchmark asks, uncached: the common word (in one article of seven), a rare
 * word (one article's number: 第500期, in its title and summary), two words and the common word's
 * pinyin.
 */
export const searchQuestions = (size: BenchSize) => ({
  search: SEARCH_WORD,
  'search-rare': `第${Math.ceil(size.articles / 2)}期`,
  'search-two': `科技创新 ${SEARCH_WORD}`,
  'search-pinyin': 'qixiang',
})

export const searchPath = (q: string) => `/api/search?q=${encodeURIComponent(q)}&locale=zh&limit=10`

/** The questions every level answers. */
export const LIST_PATH = '/api/articles?limit=10&depth=1&locale=zh'
export const SLUG = 'bench-article-3'
export const SLUG_PATH = `/api/articles?where[slug][equals]=${SLUG}&limit=1&depth=1&locale=zh`

import type { DemoDocument } from '../ensureDocument'
import { richTextDocument } from '../lexical'
import type { ArticleSection } from './article'
import {
  ARTICLE_BYLINE,
  ARTICLE_LEAD,
  ARTICLE_SECTIONS,
  ARTICLE_SOURCE,
  ARTICLE_TITLE,
  ARTICLE_TITLE_EN,
} from './article'
import type { CategoryKey } from './categories'
import { DEMO_CATEGORIES } from './categories'

export type DemoArticle = Omit<DemoDocument<'articles'>, 'zh'> & {
  categorySlug: CategoryKey
  /** Filled with every published demo event and base: the article names them all. */
  isLinkedToEverything?: boolean
  zh: Omit<DemoDocument<'articles'>['zh'], 'category' | 'relatedBases' | 'relatedEvents'>
}

const sectionBlocks = ({ heading, paragraphs }: ArticleSection) => [
  { heading },
  ...paragraphs.map((paragraph) => ({ paragraph })),
]

const popularization = ARTICLE_SECTIONS.find(
  (section) => section.category === 'science-popularization',
) as ArticleSection

export const MAIN_ARTICLE = 'qingdao-kexie-platforms-talent-innovation'

export const DEMO_ARTICLES: DemoArticle[] = [
  {
    // The article itself, as the first news item. Its English body is left to fall back to the
    // Chinese; only the title is translated.
    slug: MAIN_ARTICLE,
    // It spans all six sections; it opens with academic exchange (注入人才活水).
    categorySlug: 'academic-exchange',
    isLinkedToEverything: true,
    zh: {
      title: ARTICLE_TITLE,
      summary: ARTICLE_LEAD,
      content: richTextDocument([
        { paragraph: ARTICLE_LEAD },
        ...ARTICLE_SECTIONS.flatMap(sectionBlocks),
      ]),
      byline: ARTICLE_BYLINE,
      source: ARTICLE_SOURCE,
      tags: DEMO_CATEGORIES.map(({ zh }) => ({ tag: zh })),
    },
    en: { title: ARTICLE_TITLE_EN },
  },
  {
    // A second item for the review queue: the article's science-popularization section on its
    // own, under the line the source prints for it.
    slug: 'qingdao-kexie-science-popularization-positions',
    categorySlug: 'science-popularization',
    stage: 'review',
    zh: {
      title: popularization.heading,
      summary: '近年来，青岛市科协不断强化科普阵地建设，优化科普资源配置，大力提升全民科学素质。',
      content: richTextDocument(popularization.paragraphs.map((paragraph) => ({ paragraph }))),
      byline: ARTICLE_BYLINE,
      source: ARTICLE_SOURCE,
      tags: [{ tag: '科普' }],
    },
    en: {
      title: 'Building up science popularization venues to raise public scientific literacy',
    },
  },
]

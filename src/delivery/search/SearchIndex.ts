import type { Access, CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { navGroups } from '@/admin/groups'
import { hiddenUnlessAdmin } from '@/admin/hiddenUnlessAdmin'
import { SEARCHABLE_COLLECTIONS } from '@/delivery/search/sources'

// Rows are derived from published content and written only by the search hooks and
// `npm run search:reindex` (with access control off); nobody edits them by hand.
const nobody: Access = () => false

/**
 * The search index (src/delivery/search): one row for the title and summary of each published
 * document and one per ~1000 characters of its body, each shared by the locales that read the
 * same text. The row's lookup keys (pinyin of character pairs and their initials, the characters
 * of titles, other words: src/delivery/search/text/terms.ts) are not stored here: they are
 * written, as tokens, to the database's full-text index (./fullText), which is what search
 * queries. These rows keep the texts as indexed, for admins to inspect, and each document's
 * indexed version, which the hooks compare to skip unchanged documents.
 * Readers reach it only through `GET /api/search`; admins may inspect it.
 */
export const SearchIndex: CollectionConfig<'search-index'> = {
  slug: 'search-index',
  labels: {
    singular: { zh: '搜索索引', en: 'Search index entry' },
    plural: { zh: '搜索索引', en: 'Search index' },
  },
  admin: {
    group: navGroups.system,
    useAsTitle: 'title',
    defaultColumns: ['title', 'collection', 'chunk', 'readerLocales', 'updatedAt'],
    hidden: hiddenUnlessAdmin,
    description: {
      zh: '由已发布内容自动生成，供 /api/search 使用；可用 npm run search:reindex 重建。',
      en: 'Built from published content for /api/search; rebuild with npm run search:reindex.',
    },
  },
  access: {
    read: isAdmin,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  // Internal data: kept out of the public GraphQL schema altogether.
  graphQL: false,
  // Only `docId` is indexed: every query narrows on it. An index on a column that many rows share
  // (collection, chunk, locale) lets SQLite, which keeps no statistics, plan a scan of it
  // instead; those are filtered on the rows found.
  fields: [
    {
      name: 'collection',
      type: 'select',
      label: { zh: '集合', en: 'Collection' },
      options: [...SEARCHABLE_COLLECTIONS],
      required: true,
    },
    {
      name: 'docId',
      type: 'text',
      label: { zh: '文档 ID', en: 'Document ID' },
      required: true,
      index: true,
    },
    {
      // 0: title and summary; 1, 2, ...: consecutive parts of the body.
      name: 'chunk',
      type: 'number',
      label: { zh: '分段', en: 'Part' },
      required: true,
    },
    {
      // The locales whose readers see this text, space-separated (`zh en`): English without
      // English text falls back to Chinese, and shares the Chinese rows instead of repeating them.
      name: 'readerLocales',
      type: 'text',
      label: { zh: '语言', en: 'Locales' },
      required: true,
    },
    { name: 'slug', type: 'text', label: { zh: '网址别名', en: 'Slug' } },
    { name: 'title', type: 'text', label: { zh: '标题', en: 'Title' } },
    {
      name: 'titlePinyin',
      type: 'textarea',
      label: { zh: '标题拼音', en: 'Title pinyin' },
      admin: { hidden: true },
    },
    { name: 'summary', type: 'textarea', label: { zh: '摘要', en: 'Summary' } },
    {
      name: 'summaryPinyin',
      type: 'textarea',
      label: { zh: '摘要拼音', en: 'Summary pinyin' },
      admin: { hidden: true },
    },
    { name: 'body', type: 'textarea', label: { zh: '正文', en: 'Body' } },
    {
      name: 'bodyPinyin',
      type: 'textarea',
      label: { zh: '正文拼音', en: 'Body pinyin' },
      admin: { hidden: true },
    },
    {
      // Orders hits of equal score: newest first.
      name: 'sortDate',
      type: 'date',
      label: { zh: '排序日期', en: 'Sort date' },
    },
    {
      // The indexed document's `updatedAt`: a hook that finds it unchanged skips re-indexing.
      name: 'sourceUpdatedAt',
      type: 'text',
      label: { zh: '源文档更新时间', en: 'Source updated at' },
      admin: { hidden: true },
    },
  ],
  timestamps: true,
}

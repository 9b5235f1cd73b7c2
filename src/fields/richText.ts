import {
  AlignFeature,
  BlockquoteFeature,
  BoldFeature,
  FixedToolbarFeature,
  HeadingFeature,
  HorizontalRuleFeature,
  IndentFeature,
  InlineToolbarFeature,
  ItalicFeature,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  StrikethroughFeature,
  SubscriptFeature,
  SuperscriptFeature,
  UnderlineFeature,
  UnorderedListFeature,
  UploadFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import type { CollectionSlug } from 'payload'

import { contentCollectionEntries } from '@/content/registry'

/** Internal links may point at any published content a reader can open (registry: isLinkable). */
const linkableCollections = (): CollectionSlug[] =>
  contentCollectionEntries()
    .filter((entry) => entry.isLinkable)
    .map((entry) => entry.slug as CollectionSlug)

const proseFeatures = () => [
  ParagraphFeature(),
  BoldFeature(),
  ItalicFeature(),
  UnderlineFeature(),
  StrikethroughFeature(),
  SubscriptFeature(),
  SuperscriptFeature(),
  UnorderedListFeature(),
  OrderedListFeature(),
  LinkFeature({ enabledCollections: linkableCollections() }),
  BlockquoteFeature(),
  InlineToolbarFeature(),
]

/**
 * Long-form bodies (news articles, event pages): headings (h1 is the page title), lists, links,
 * quotes, and images from the media library with a caption.
 */
export const contentEditor = lexicalEditor({
  features: () => [
    ...proseFeatures(),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    AlignFeature(),
    IndentFeature(),
    HorizontalRuleFeature(),
    UploadFeature({
      enabledCollections: ['media'],
      collections: {
        media: {
          fields: [
            {
              name: 'caption',
              type: 'text',
              label: { zh: '图片说明', en: 'Caption' },
            },
          ],
        },
      },
    }),
    FixedToolbarFeature(),
  ],
})

/** Short descriptions and citations: formatted paragraphs, lists, links and quotes, no media. */
export const proseEditor = lexicalEditor({ features: () => proseFeatures() })

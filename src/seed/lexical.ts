import type { Article } from '@/payload-types'

/** A rich text value as @payloadcms/richtext-lexical stores it (the same shape on every field). */
export type RichText = Article['content']

type Block = { heading: string } | { paragraph: string }

// The serialized form the lexical editor itself writes for plain, unformatted Chinese text; the
// admin UI opens it as if an editor had typed it.
const textNode = (text: string) => ({
  type: 'text',
  text,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const element = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 }

const node = (block: Block) =>
  'heading' in block
    ? { ...element, type: 'heading', tag: 'h2', children: [textNode(block.heading)] }
    : {
        ...element,
        type: 'paragraph',
        textFormat: 0,
        textStyle: '',
        children: [textNode(block.paragraph)],
      }

/** A document of h2 headings and paragraphs, in order. */
export const richTextDocument = (blocks: Block[]): RichText => ({
  root: { ...element, type: 'root', children: blocks.map(node) },
})

/** A document of paragraphs only (for fields whose editor has no headings). */
export const paragraphs = (...texts: string[]): RichText =>
  richTextDocument(texts.map((paragraph) => ({ paragraph })))

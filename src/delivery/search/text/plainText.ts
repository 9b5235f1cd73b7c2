type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

/** Nodes that end a line of text: the reader sees a break after each of them. */
const BLOCK_TYPES = new Set([
  'paragraph',
  'heading',
  'quote',
  'listitem',
  'list',
  'table',
  'tablerow',
])

const textOf = (node: LexicalNode): string => {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'linebreak') return '\n'
  if (node.type === 'tab' || node.type === 'tablecell') return ' '
  const inner = (node.children ?? []).map(textOf).join('')
  return node.type && BLOCK_TYPES.has(node.type) ? `${inner}\n` : inner
}

/** One space for any run of spaces, one line per block, no empty lines. */
export const tidyText = (text: string): string =>
  text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')

/**
 * The words a reader sees in a rich text value (headings, paragraphs, lists, link texts), one line
 * per block; images and other embedded blocks carry no searchable text of their own.
 */
export const richTextToPlainText = (value: unknown): string => {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  return root ? tidyText(textOf(root)) : ''
}

/** A plain text value (text, textarea) or a rich text value, as plain text. */
export const toPlainText = (value: unknown): string => {
  if (typeof value === 'string') return tidyText(value)
  if (value && typeof value === 'object' && 'root' in value) return richTextToPlainText(value)
  return ''
}

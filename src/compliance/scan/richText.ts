/** A Lexical node as stored (the editor's JSON); only what the walk reads is typed. */
type LexicalNode = {
  type?: string
  text?: string
  children?: LexicalNode[]
  fields?: Record<string, unknown> | null
  url?: string
  relationTo?: string
  value?: unknown
}

/** The text a reader sees in one block (a paragraph, heading, list item, quote). */
export type RichTextBlock = { path: string; text: string }
export type RichTextLink = { path: string; url: string }
export type RichTextUpload = { path: string; relationTo: string; value: unknown }

export type RichTextParts = {
  blocks: RichTextBlock[]
  links: RichTextLink[]
  uploads: RichTextUpload[]
}

const INLINE_ELEMENTS = new Set(['link', 'autolink'])

const isNode = (value: unknown): value is LexicalNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Splits a rich text value into what a reader sees: one text per block, its text nodes joined
 * (so a word split across bold, italic or a link still reads as one word), with the path of the
 * block (`root.children.2`); the URLs of its links; its uploads and their fields (captions).
 */
export const richTextParts = (value: unknown): RichTextParts => {
  const parts: RichTextParts = { blocks: [], links: [], uploads: [] }
  const root =
    isNode(value) && isNode((value as { root?: unknown }).root)
      ? (value as { root: LexicalNode }).root
      : null
  if (!root) return parts

  const walkBlock = (block: LexicalNode, path: string) => {
    let text = ''
    const walkInline = (node: LexicalNode, nodePath: string) => {
      node.children?.forEach((child, index) => {
        if (!isNode(child)) return
        const childPath = `${nodePath}.children.${index}`
        if (child.type === 'text') text += child.text ?? ''
        else if (child.type === 'linebreak') text += '\n'
        else if (child.type === 'tab') text += '\t'
        else if (child.type && INLINE_ELEMENTS.has(child.type)) {
          const url = child.fields?.url ?? child.url
          if (typeof url === 'string' && url)
            parts.links.push({ path: `${childPath}.fields.url`, url })
          walkInline(child, childPath)
        } else if (Array.isArray(child.children)) {
          walkBlock(child, childPath)
        } else {
          if (child.type === 'upload' && typeof child.relationTo === 'string') {
            parts.uploads.push({
              path: childPath,
              relationTo: child.relationTo,
              value: child.value,
            })
          }
          // Fields of a leaf node (an upload's caption) are text a reader sees too.
          for (const [name, fieldValue] of Object.entries(child.fields ?? {})) {
            if (typeof fieldValue === 'string' && fieldValue) {
              parts.blocks.push({ path: `${childPath}.fields.${name}`, text: fieldValue })
            }
          }
        }
      })
    }
    walkInline(block, path)
    if (text) parts.blocks.push({ path, text })
  }

  walkBlock(root, 'root')
  return parts
}

/** A Lexical document holding one paragraph: the smallest valid rich text value. */
export const richText = (text: string) => ({
  root: {
    type: 'root',
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        direction: 'ltr' as const,
        format: '' as const,
        indent: 0,
        version: 1,
        textFormat: 0,
        textStyle: '',
        children: [
          { type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
        ],
      },
    ],
  },
})

/** The Payload validation error body: `{ errors: [{ data: { errors: [{ path, message }] } }] }`. */
export type ValidationErrorBody = {
  errors: { message: string; data?: { errors: { path: string; message: string }[] } }[]
}

/** The field errors of a 400 response, as `{ path: message }`. */
export const fieldErrors = async (response: Response): Promise<Record<string, string>> => {
  const body = (await response.json()) as ValidationErrorBody
  return Object.fromEntries(
    (body.errors?.[0]?.data?.errors ?? []).map(({ path, message }) => [path, message]),
  )
}

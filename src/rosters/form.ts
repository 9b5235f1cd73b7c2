import type { PayloadRequest } from 'payload'

export type FormResult =
  { kind: 'form'; form: FormData } | { kind: 'notMultipart' } | { kind: 'tooLarge' }

/**
 * Reads a multipart body of at most `maxBytes` into FormData. Payload's own parser keeps only
 * `file` and `_payload`; an import also sends `award`, `year` and `mapping` as plain form fields.
 * The body is counted as it arrives, so an oversized upload is refused before it is all in memory.
 */
export const readMultipart = async (req: PayloadRequest, maxBytes: number): Promise<FormResult> => {
  const contentType = req.headers.get('content-type') ?? ''
  if (!contentType.toLowerCase().startsWith('multipart/form-data') || !req.body) {
    return { kind: 'notMultipart' }
  }
  const declared = Number(req.headers.get('content-length') ?? 0)
  if (declared > maxBytes) return { kind: 'tooLarge' }
  const chunks: Uint8Array[] = []
  let total = 0
  const reader = (req.body as ReadableStream<Uint8Array>).getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.length
    if (total > maxBytes) {
      await reader.cancel()
      return { kind: 'tooLarge' }
    }
    chunks.push(value)
  }
  try {
    const body = new Response(Buffer.concat(chunks), { headers: { 'content-type': contentType } })
    return { kind: 'form', form: await body.formData() }
  } catch {
    return { kind: 'notMultipart' }
  }
}

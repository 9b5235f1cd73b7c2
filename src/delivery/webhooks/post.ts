import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'

import { guardedLookup, RefusedAddressError, refusedLiteral } from './address'
import { DELIVERY_TIMEOUT_MS } from './constants'

/**
 * `refused`: the target may not be reached at all; the attempt is logged and not retried.
 * `body`: the start of the answer (robots answer 200 with an error code in JSON).
 */
export type Attempt = { statusCode?: number; error?: string; refused?: boolean; body?: string }

const MAX_ANSWER_BYTES = 16 * 1024

const ALLOW_HINT = 'set WEBHOOK_ALLOW_PRIVATE=true for intranet receivers'

const refusal = (reason: string): Attempt => ({
  error: `refused: ${reason} (${ALLOW_HINT})`,
  refused: true,
})

/**
 * One POST with node's http client: its `lookup` refuses private addresses as it connects, it
 * follows no redirect (a 3xx is a failed attempt), and it gives up after the delivery timeout.
 * Webhooks and the notification robots (src/notifications/robots) send through it; with
 * `readsAnswer` the attempt waits for the answer and keeps its first 16 KB (robots put their verdict there).
 */
export const postGuarded = (
  url: string,
  headers: Record<string, string>,
  body: string,
  { readsAnswer = false }: { readsAnswer?: boolean } = {},
): Promise<Attempt> =>
  new Promise((resolve) => {
    const literal = refusedLiteral(url)
    if (literal) return resolve(refusal(literal))
    const request = (url.startsWith('https:') ? httpsRequest : httpRequest)(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
        lookup: guardedLookup,
        // The whole exchange, however slowly a receiver trickles its answer.
        signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      },
      (response) => {
        const statusCode = response.statusCode ?? 0
        const failure = statusCode >= 200 && statusCode < 300 ? {} : { error: `HTTP ${statusCode}` }
        if (!readsAnswer) {
          response.resume()
          return resolve({ statusCode, ...failure })
        }
        const chunks: Buffer[] = []
        let size = 0
        response.on('data', (chunk: Buffer) => {
          if (size < MAX_ANSWER_BYTES) chunks.push(chunk)
          size += chunk.length
        })
        // A receiver that stops mid-answer (or the timeout cutting it off) fails the attempt.
        response.on('error', (error) =>
          resolve({ statusCode, error: `${error.name}: ${error.message}` }),
        )
        response.on('end', () => {
          const body = Buffer.concat(chunks).subarray(0, MAX_ANSWER_BYTES).toString('utf8')
          resolve({ statusCode, body, ...failure })
        })
      },
    )
    request.on('error', (error) => {
      if (error instanceof RefusedAddressError) return resolve(refusal(error.message))
      if (error.name === 'AbortError') {
        return resolve({ error: `TimeoutError: no answer within ${DELIVERY_TIMEOUT_MS} ms` })
      }
      return resolve({ error: `${error.name}: ${error.message}` })
    })
    request.end(body)
  })

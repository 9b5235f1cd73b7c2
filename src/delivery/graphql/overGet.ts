import { getOperationAST, parse } from 'graphql'
import type { DocumentNode } from 'graphql'

import { errorResponse } from '@/http/errorAnswer'

type Handler = (request: Request) => Promise<Response>

const refuse = (status: number, message: string, headers: Record<string, string> = {}) =>
  errorResponse(status, message, { headers })

/**
 * `GET /api/graphql?query=…&variables=…&operationName=…` for queries, so CDNs and the express cache
 * can keep them: Payload only routes POST, so the GET becomes the equivalent POST. Mutations stay
 * POST-only (a GET must never change anything): they get 405.
 */
export const graphqlOverGet =
  (post: Handler): Handler =>
  async (request) => {
    const url = new URL(request.url)
    const query = url.searchParams.get('query')
    if (!query) return refuse(400, 'A GET request needs a `query` parameter')
    const operationName = url.searchParams.get('operationName') || undefined

    let variables: unknown
    try {
      variables = JSON.parse(url.searchParams.get('variables') || '{}')
    } catch {
      return refuse(400, '`variables` must be JSON')
    }
    let document: DocumentNode
    try {
      document = parse(query)
    } catch (error) {
      return refuse(400, (error as Error).message)
    }
    const operation = getOperationAST(document, operationName)
    if (!operation) return refuse(400, 'Name the operation to run with `operationName`')
    if (operation.operation !== 'query') {
      return refuse(405, 'Only queries may be sent with GET; use POST', { Allow: 'GET, POST' })
    }

    const headers = new Headers(request.headers)
    headers.set('Content-Type', 'application/json')
    headers.delete('Content-Length')
    const body = JSON.stringify({ query, variables, operationName })
    return post(new Request(url, { method: 'POST', headers, body }))
  }

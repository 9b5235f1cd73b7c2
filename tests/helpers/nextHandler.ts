import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import type { RequestHandler } from 'express'
import type { SanitizedConfig } from 'payload'

import { graphqlOverGet } from '@/delivery/graphql/overGet'

type RouteHandler = (
  request: Request,
  context: { params: Promise<{ slug: string[] }> },
) => Promise<Response>

const readBody = async (stream: AsyncIterable<Buffer>): Promise<Buffer> => {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk)
  return Buffer.concat(chunks)
}

/**
 * Stands in for Next behind the express app: routes `/api/*` to the same Payload route handlers
 * (and the GraphQL GET export) that the app's route files use, so a test sees real HTTP through
 * every express layer without a Next build.
 */
export const payloadNextHandler = (config: Promise<SanitizedConfig> | SanitizedConfig) => {
  const rest: Record<string, RouteHandler> = {
    DELETE: REST_DELETE(config),
    GET: REST_GET(config),
    PATCH: REST_PATCH(config),
    POST: REST_POST(config),
    PUT: REST_PUT(config),
  }
  const graphqlPost = GRAPHQL_POST(config)
  const graphqlGet = graphqlOverGet(graphqlPost)

  const handler: RequestHandler = async (req, res, next) => {
    try {
      const url = new URL(req.url, `http://${req.headers.host ?? 'localhost'}`)
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
      }
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
      const body = hasBody ? new Uint8Array(await readBody(req)) : undefined
      const request = new Request(url, { method: req.method, headers, body })

      let response: Response
      if (url.pathname === '/api/graphql') {
        if (req.method === 'GET') response = await graphqlGet(request)
        else if (req.method === 'POST') response = await graphqlPost(request)
        else response = new Response(null, { status: 405 })
      } else if (url.pathname.startsWith('/api/') && rest[req.method]) {
        const slug = url.pathname.replace(/^\/api\//, '').split('/')
        response = await rest[req.method](request, { params: Promise.resolve({ slug }) })
      } else {
        response = new Response('Not found', { status: 404 })
      }

      res.status(response.status)
      response.headers.forEach((value, name) => {
        if (name !== 'set-cookie' && name !== 'content-length' && name !== 'content-encoding') {
          res.setHeader(name, value)
        }
      })
      const cookies = response.headers.getSetCookie()
      if (cookies.length > 0) res.setHeader('Set-Cookie', cookies)
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      next(error)
    }
  }
  return handler
}

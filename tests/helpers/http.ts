import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

type Method = 'DELETE' | 'GET' | 'PATCH' | 'POST' | 'PUT'

export type RequestOptions = {
  body?: BodyInit | Record<string, unknown> | unknown[]
  headers?: Record<string, string>
  /** A JWT from `login`, sent as `Authorization: JWT <token>`. */
  token?: string
}

/**
 * Calls the same Next route handlers that serve `/api/*` in the running CMS, with real web
 * Request objects, so a test exercises Payload's REST and GraphQL surface without a server.
 */
export const createApiClient = (config: Promise<SanitizedConfig> | SanitizedConfig) => {
  const handlers = {
    DELETE: REST_DELETE(config),
    GET: REST_GET(config),
    PATCH: REST_PATCH(config),
    POST: REST_POST(config),
    PUT: REST_PUT(config),
  }
  const graphqlHandler = GRAPHQL_POST(config)
  const origin = process.env.SERVER_URL || 'http://localhost:3000'

  const buildRequest = (
    method: Method,
    url: string,
    { body, headers = {}, token }: RequestOptions,
  ) => {
    const allHeaders = new Headers(headers)
    if (token) allHeaders.set('Authorization', `JWT ${token}`)
    let requestBody: BodyInit | undefined
    if (body instanceof FormData || typeof body === 'string' || body instanceof Blob) {
      requestBody = body
    } else if (body !== undefined) {
      requestBody = JSON.stringify(body)
      if (!allHeaders.has('Content-Type')) allHeaders.set('Content-Type', 'application/json')
    }
    return new Request(new URL(url, origin), { method, headers: allHeaders, body: requestBody })
  }

  const rest = async (method: Method, apiPath: string, options: RequestOptions = {}) => {
    const request = buildRequest(method, `/api${apiPath}`, options)
    const slug = new URL(request.url).pathname.replace(/^\/api\//, '').split('/')
    return handlers[method](request, { params: Promise.resolve({ slug }) })
  }

  return {
    get: (apiPath: string, options?: RequestOptions) => rest('GET', apiPath, options),
    post: (apiPath: string, options?: RequestOptions) => rest('POST', apiPath, options),
    patch: (apiPath: string, options?: RequestOptions) => rest('PATCH', apiPath, options),
    put: (apiPath: string, options?: RequestOptions) => rest('PUT', apiPath, options),
    delete: (apiPath: string, options?: RequestOptions) => rest('DELETE', apiPath, options),
    graphql: async (
      query: string,
      options: RequestOptions & { variables?: Record<string, unknown> } = {},
    ) => {
      const { variables, ...rest } = options
      const request = buildRequest('POST', '/api/graphql', { ...rest, body: { query, variables } })
      return graphqlHandler(request)
    },
    /** Logs in over REST and returns the JWT. */
    login: async (email: string, password: string): Promise<string> => {
      const response = await rest('POST', '/users/login', { body: { email, password } })
      const json = (await response.json()) as { token?: string; errors?: unknown }
      if (!json.token) throw new Error(`login failed for ${email}: ${JSON.stringify(json)}`)
      return json.token
    },
  }
}

export type ApiClient = ReturnType<typeof createApiClient>

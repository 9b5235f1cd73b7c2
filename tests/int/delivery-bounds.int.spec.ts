import { beforeAll, describe, expect, it } from '@jest/globals'
import { buildSchema, parse, validate } from 'graphql'
import type { Payload } from 'payload'

import { depthLimit } from '@/delivery/limits/graphqlRules'

import type { InProcessServer } from '../helpers/expressApp'
import { listenInProcess } from '../helpers/expressApp'
import { setUpSuite } from '../helpers/suite'

let payload: Payload
let server: InProcessServer
let url: string

const suite = setUpSuite(import.meta.url, { env: { RATE_LIMIT_LOGIN: '3' } })

beforeAll(async () => {
  ;({ payload } = suite)
  server = await listenInProcess(payload, suite.config)
  suite.onCleanup(() => server.close())
  url = server.url
  for (const name of ['Physics', 'Chemistry']) {
    await payload.create({ collection: 'categories', data: { name }, overrideAccess: true })
  }
})

const errorMessage = async (response: Response) =>
  ((await response.json()) as { errors: { message: string }[] }).errors[0].message

const graphqlGet = (query: string, extra: Record<string, string> = {}) =>
  fetch(`${url}/api/graphql?${new URLSearchParams({ query, ...extra })}`)

const graphqlPost = (query: string) =>
  fetch(`${url}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query }),
  })

describe('REST bounds', () => {
  it('serves a list page of up to 100 documents', async () => {
    const response = await fetch(`${url}/api/categories?limit=100`)
    expect(response.status).toBe(200)
    expect(((await response.json()) as { docs: unknown[] }).docs.length).toBeGreaterThan(0)
  })

  it('refuses a page larger than 100 with a JSON message', async () => {
    const response = await fetch(`${url}/api/categories?limit=101`)
    expect(response.status).toBe(400)
    expect(await errorMessage(response)).toMatch(/limit.*100/)
  })

  it('does not read limit=0 or pagination=false as "everything"', async () => {
    expect((await fetch(`${url}/api/categories?limit=0`)).status).toBe(400)
    expect((await fetch(`${url}/api/categories?pagination=false`)).status).toBe(400)
  })

  it('refuses depth above 3 and accepts 3', async () => {
    const deep = await fetch(`${url}/api/categories?depth=4`)
    expect(deep.status).toBe(400)
    expect(await errorMessage(deep)).toMatch(/depth/)
    expect((await fetch(`${url}/api/categories?depth=3`)).status).toBe(200)
  })

  it('refuses a JSON body over 1 MB with 413', async () => {
    const response = await fetch(`${url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(1024 * 1024) }),
    })
    expect(response.status).toBe(413)
  })
})

describe('GraphQL bounds', () => {
  it('answers an ordinary list query', async () => {
    const response = await graphqlPost('{ Categories(limit: 10) { docs { id name } totalDocs } }')
    const body = (await response.json()) as { data?: { Categories: { totalDocs: number } } }
    expect(body.data?.Categories.totalDocs).toBeGreaterThanOrEqual(2)
  })

  it('refuses limit above 100, limit 0 and pagination: false, literal or variable', async () => {
    for (const query of [
      '{ Categories(limit: 101) { totalDocs } }',
      '{ Categories(limit: 0) { totalDocs } }',
      '{ Categories(pagination: false) { totalDocs } }',
    ]) {
      const body = (await (await graphqlPost(query)).json()) as { errors?: { message: string }[] }
      expect(body.errors?.[0].message).toMatch(/limit|pagination/)
    }
    const viaVariable = await graphqlGet(
      'query ($limit: Int) { Categories(limit: $limit) { totalDocs } }',
      { variables: JSON.stringify({ limit: 500 }) },
    )
    const body = (await viaVariable.json()) as { errors?: { message: string }[] }
    expect(body.errors?.[0].message).toMatch(/limit/)
  })

  it('refuses more than 20 aliases', async () => {
    const fields = Array.from({ length: 21 }, (_, i) => `a${i}: Categories { totalDocs }`)
    const body = (await (await graphqlPost(`{ ${fields.join(' ')} }`)).json()) as {
      errors?: { message: string }[]
    }
    expect(body.errors?.[0].message).toMatch(/aliases exceed/)
  })

  it('refuses a query nested deeper than 8 levels, fragments included', () => {
    // The CMS schema has no relation cycle deep enough to reach the limit, so a tiny one does.
    const schema = buildSchema('type Query { node: Node } type Node { id: ID, next: Node }')
    const nested = (levels: number) =>
      `{ node { ${'next { '.repeat(levels - 1)}id${' }'.repeat(levels - 1)} } }`
    expect(validate(schema, parse(nested(8)), [depthLimit()])).toHaveLength(0)
    expect(validate(schema, parse(nested(9)), [depthLimit()])[0].message).toMatch(/depth 9/)
    const viaFragment = `{ node { ...F } } fragment F on Node { next { next { next { next { next { next { next { next { id } } } } } } } } }`
    expect(validate(schema, parse(viaFragment), [depthLimit()])).toHaveLength(1)
  })
})

describe('GraphQL over GET', () => {
  it('answers a query sent with GET, variables included', async () => {
    const response = await graphqlGet(
      'query ($limit: Int) { Categories(limit: $limit) { docs { name } } }',
      { variables: JSON.stringify({ limit: 1 }) },
    )
    expect(response.status).toBe(200)
    const body = (await response.json()) as { data: { Categories: { docs: unknown[] } } }
    expect(body.data.Categories.docs).toHaveLength(1)
  })

  it('refuses a mutation sent with GET with 405', async () => {
    const response = await graphqlGet('mutation { logoutUser }')
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toContain('POST')
  })

  it('refuses a GET without a query with 400', async () => {
    expect((await fetch(`${url}/api/graphql`)).status).toBe(400)
  })
})

describe('rate limits', () => {
  it('answers 429 with Retry-After once an address exceeds the login limit', async () => {
    const limited = await listenInProcess(payload, payload.config)
    const limitedUrl = limited.url
    try {
      // An address of its own: the count is per address across the process, and the 1 MB test
      // above already sent a login from loopback.
      const attempt = () =>
        fetch(`${limitedUrl}/api/users/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '192.0.2.50' },
          body: JSON.stringify({ email: 'nobody@kexie.test', password: 'wrong' }),
        })
      for (let i = 0; i < 3; i += 1) expect((await attempt()).status).not.toBe(429)
      const refused = await attempt()
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
      // Reads are counted separately: the address can still read published content.
      const read = await fetch(`${limitedUrl}/api/categories`, {
        headers: { 'X-Forwarded-For': '192.0.2.50' },
      })
      expect(read.status).toBe(200)
    } finally {
      await limited.close()
    }
  })
})

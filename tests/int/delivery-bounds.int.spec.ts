import { createHmac } from 'node:crypto'

import { beforeAll, describe, expect, it } from '@jest/globals'
import { buildSchema, parse, validate } from 'graphql'
import type { Payload } from 'payload'

import { depthLimit } from '@/delivery/limits/graphqlRules'

import type { InProcessServer } from '../helpers/expressApp'
import { listenInProcess } from '../helpers/expressApp'
import { setUpSuite } from '../helpers/suite'
import type { Staff } from '../helpers/users'
import { TEST_PASSWORD } from '../helpers/users'

let payload: Payload
let server: InProcessServer
let url: string
let staff: Staff
let categoryIds: string[]

const suite = setUpSuite(import.meta.url, { env: { RATE_LIMIT_LOGIN: '3' }, staff: 'accounts' })

beforeAll(async () => {
  ;({ payload } = suite)
  server = await listenInProcess(payload, suite.config)
  suite.onCleanup(() => server.close())
  url = server.url
  categoryIds = []
  for (const name of ['Physics', 'Chemistry']) {
    const category = await payload.create({
      collection: 'categories',
      data: { name },
      overrideAccess: true,
    })
    categoryIds.push(String(category.id))
  }
  staff = suite.staff
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

/** A login over HTTP; every login from its own address, as this suite allows 3 per address. */
let loginCount = 0
const logIn = async (email: string) => {
  loginCount += 1
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `198.51.100.${loginCount}` },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  })
  const body = (await response.json()) as { token?: string }
  if (!body.token) throw new Error(`login failed for ${email}: ${JSON.stringify(body)}`)
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]
  return { token: body.token, cookie }
}

/** What Payload's admin asks to label a list view's relation column (RelationshipProvider). */
const relationLabelsPath = () =>
  `/api/categories?depth=0&draft=true&limit=250&where[id][in]=${categoryIds.join(',')}`

const namesOf = async (response: Response) =>
  ((await response.json()) as { docs: { name: string }[] }).docs.map(({ name }) => name).sort()

/** The same claims as a real token, signed with a secret that is not the server's. */
const forgeToken = (realToken: string) => {
  const [header, claims] = realToken.split('.')
  const signature = createHmac('sha256', 'not-the-secret')
    .update(`${header}.${claims}`)
    .digest('base64url')
  return `${header}.${claims}.${signature}`
}

describe('REST bounds for signed-in staff', () => {
  it("refuses the admin's relation-label request (limit=250) from an anonymous client", async () => {
    const response = await fetch(`${url}${relationLabelsPath()}`)
    expect(response.status).toBe(400)
    expect(await errorMessage(response)).toMatch(/between 1 and 100$/)
  })

  it.each(['editor', 'reviewer', 'admin'] as const)(
    'answers the relation-label request (limit=250) for a signed-in %s',
    async (role) => {
      const { token } = await logIn(staff[role].email)
      const response = await fetch(`${url}${relationLabelsPath()}`, {
        headers: { Authorization: `JWT ${token}` },
      })
      expect(response.status).toBe(200)
      expect(await namesOf(response)).toEqual(['Chemistry', 'Physics'])
    },
  )

  it("answers it for the admin UI's own session cookie, as a browser sends it", async () => {
    const { cookie } = await logIn(staff.editor.email)
    expect(cookie).toMatch(/^payload-token=./)
    const response = await fetch(`${url}${relationLabelsPath()}`, {
      headers: { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' },
    })
    expect(response.status).toBe(200)
    expect(await namesOf(response)).toEqual(['Chemistry', 'Physics'])
  })

  it('keeps the public bounds for a forged, malformed or logged-out token', async () => {
    const { token, cookie } = await logIn(staff.admin.email)
    const forged = forgeToken(token)
    const attempts: Record<string, string>[] = [
      { Authorization: `JWT ${forged}` },
      { Cookie: `payload-token=${forged}`, 'Sec-Fetch-Site': 'same-origin' },
      { Cookie: 'payload-token=anything', 'Sec-Fetch-Site': 'same-origin' },
      { Authorization: 'JWT not.a.token' },
      { Authorization: 'Bearer ' },
      { Authorization: 'users API-Key 00000000-0000-0000-0000-000000000000' },
    ]
    for (const headers of attempts) {
      const response = await fetch(`${url}${relationLabelsPath()}`, { headers })
      expect([JSON.stringify(headers), response.status]).toEqual([JSON.stringify(headers), 400])
      expect(await errorMessage(response)).toMatch(/between 1 and 100$/)
    }
    // A session ended by logging out no longer widens anything, though its signature is valid.
    const logout = await fetch(`${url}/api/users/logout`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}`, Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' },
    })
    expect(logout.status).toBe(200)
    const afterLogout = await fetch(`${url}${relationLabelsPath()}`, {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(afterLogout.status).toBe(400)
  })

  it('refuses staff above the staff ceiling, limit=0 and pagination=false with a clear message', async () => {
    const { token } = await logIn(staff.reviewer.email)
    const asStaff = (query: string) =>
      fetch(`${url}/api/categories?${query}`, { headers: { Authorization: `JWT ${token}` } })

    expect((await asStaff('limit=1000')).status).toBe(200)
    const tooLarge = await asStaff('limit=1001')
    expect(tooLarge.status).toBe(400)
    expect(await errorMessage(tooLarge)).toBe(
      '`limit` must be between 1 and 1000 for signed-in staff',
    )
    expect((await asStaff('limit=0')).status).toBe(400)
    const unpaginated = await asStaff('pagination=false')
    expect(unpaginated.status).toBe(400)
    expect(await errorMessage(unpaginated)).toMatch(/pagination=false/)
    // The admin's API view offers depth 0 to 10 (Payload's maxDepth); anonymous clients stop at 3.
    expect((await asStaff('depth=10')).status).toBe(200)
    expect((await fetch(`${url}/api/categories?depth=10`)).status).toBe(400)
    const tooDeep = await asStaff('depth=11')
    expect(tooDeep.status).toBe(400)
    expect(await errorMessage(tooDeep)).toBe(
      '`depth` must be a whole number from 0 to 10 for signed-in staff',
    )
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

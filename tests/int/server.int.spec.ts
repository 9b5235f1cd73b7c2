import { readFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import net from 'node:net'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { SETTING_NAMES } from '@/env'
import { createApp } from '@/http/app'

import { freshDatabaseUri, testDatabaseKind } from '../helpers/database'
import { ensureNextBuild } from '../helpers/nextBuild'
import { runUntilExit, startServer } from '../helpers/server'
import type { ServerProcess } from '../helpers/server'
import { setUpSuite } from '../helpers/suite'

let payload: Payload
// Its schema is pushed by the Payload started here; the production server reuses it (see there).
let databaseUri: string

const suite = setUpSuite(import.meta.url)

beforeAll(() => {
  ;({ payload, databaseUri } = suite)
})

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer }

/** A plain HTTP GET that does not decompress, so the test sees what went over the wire. */
const rawGet = (url: string, headers: Record<string, string> = {}) =>
  new Promise<Answer>((resolve, reject) => {
    http
      .get(url, { headers, agent: false }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        )
      })
      .on('error', reject)
  })

const linesMentioning = (output: string, needle: string) =>
  stripVTControlCharacters(output)
    .split('\n')
    .filter((line) => line.includes(needle))

/** Next may warn on stderr (a slow disk, say); nothing of ours and no stack trace belongs there. */
const expectNoErrors = (stderr: string) => {
  expect(stderr).not.toContain('kexie-cms')
  expect(stderr).not.toMatch(/^\s+at /m)
  expect(stderr).not.toMatch(/error/i)
}

const waitUntil = async (isDone: () => boolean, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (!isDone() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
}

const isRefused = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(false)
    })
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'))
  })

const graphqlTypename = async (url: string) => {
  const response = await fetch(`${url}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
    // `next dev` compiles the route on its first request.
    signal: AbortSignal.timeout(120_000),
  })
  return { status: response.status, json: (await response.json()) as unknown }
}

/**
 * SIGTERM while a GraphQL POST is half sent: `Expect: 100-continue` proves the server holds the
 * request before the signal; the rest of the body follows once new connections are refused. The
 * client keeps its socket alive afterwards, as a proxy would, which must not delay the exit.
 */
const expectGracefulStop = async (server: ServerProcess) => {
  const body = JSON.stringify({ query: '{ __typename }' })
  const agent = new http.Agent({ keepAlive: true })
  const request = http.request(`${server.url}/api/graphql`, {
    method: 'POST',
    agent,
    headers: {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(body),
      Expect: '100-continue',
    },
  })
  const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
    request.once('response', (res) => {
      let text = ''
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
    })
    request.once('error', reject)
  })
  const continued = new Promise<void>((resolve) => request.once('continue', resolve))
  request.flushHeaders()
  await continued
  request.write(body.slice(0, 5))

  const signalledAt = Date.now()
  server.child.kill('SIGTERM')
  let isNowRefused = await isRefused(server.port)
  while (!isNowRefused && Date.now() - signalledAt < 5000) {
    await new Promise((resolve) => setTimeout(resolve, 50))
    isNowRefused = await isRefused(server.port)
  }
  expect(isNowRefused).toBe(true)

  for (const chunk of [body.slice(5, 15), body.slice(15)]) {
    await new Promise((resolve) => setTimeout(resolve, 300))
    request.write(chunk)
  }
  request.end()

  const { status, text } = await answer
  expect(status).toBe(200)
  expect(JSON.parse(text)).toEqual({ data: { __typename: 'Query' } })

  let timer: NodeJS.Timeout | undefined
  const exit = await Promise.race([
    server.exited,
    new Promise<'still running'>((resolve) => {
      timer = setTimeout(() => resolve('still running'), 10_000 - (Date.now() - signalledAt))
    }),
  ])
  clearTimeout(timer)
  const exitMs = Date.now() - signalledAt
  agent.destroy()
  expect(exit).toEqual({ code: 0, signal: null })
  expect(exitMs).toBeLessThan(10_000)
  expect(await isRefused(server.port)).toBe(true)
}

// SQLite only: drizzle's PostgreSQL push leaves tables it does not know alone, and MongoDB has no
// schema. Placed first, while this file's Payload is still connected.
const sqliteOnly = testDatabaseKind() === 'sqlite' ? describe : describe.skip
sqliteOnly('development start-up that a schema-push prompt would end (SQLite)', () => {
  type RawSql = { drizzle: unknown; execute: (args: { drizzle: unknown; raw: string }) => unknown }
  const runSql = async (raw: string) => {
    const db = payload.db as unknown as RawSql
    await db.execute({ drizzle: db.drizzle, raw })
  }

  it('exits 1 with one line instead of exit 0 when a schema push would need a terminal', async () => {
    // A table the config does not know, with a row in it: pushing the dev schema would drop it,
    // so Payload's adapter asks for confirmation. With no terminal the question can never be
    // answered, and the process used to end there with exit code 0, saying nothing.
    await runSql('CREATE TABLE legacy_notes (id integer primary key, note text)')
    await runSql("INSERT INTO legacy_notes (id, note) VALUES (1, 'keep me')")
    try {
      const result = await runUntilExit({ mode: 'development', env: { DATABASE_URI: databaseUri } })
      expect(result.code).toBe(1)
      expect(result.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(
          /^kexie-cms cannot start: the process ended while opening the sqlite database/,
        ),
      ])
    } finally {
      await runSql('DROP TABLE legacy_notes')
    }
  }, 60_000)
})

describe('express app in process (real Payload, stand-in for Next)', () => {
  const largeJson = JSON.stringify(
    Array.from({ length: 400 }, (_, index) => ({ index, title: `科协新闻 ${index}` })),
  )
  const nextStandIn: RequestHandler = (req, res) => {
    if (req.path === '/large.json') res.type('json').send(largeJson)
    else if (req.path === '/boom') throw new Error('secret internals')
    else res.type('html').send('<p>Next would answer here</p>')
  }
  let isShuttingDown = false
  let server: http.Server
  let devServer: http.Server
  let plainHttpServer: http.Server
  let url: string
  let devUrl: string
  let plainHttpUrl: string

  const listen = (app: ReturnType<typeof createApp>) =>
    new Promise<[http.Server, string]>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () =>
        resolve([listening, `http://127.0.0.1:${(listening.address() as AddressInfo).port}`]),
      )
    })

  beforeAll(async () => {
    ;[server, url] = await listen(
      createApp({
        payload,
        nextHandler: nextStandIn,
        isProduction: true,
        isShuttingDown: () => isShuttingDown,
        publicUrl: 'https://cms.kexie.example',
      }),
    )
    ;[devServer, devUrl] = await listen(
      createApp({ payload, nextHandler: nextStandIn, isProduction: false }),
    )
    ;[plainHttpServer, plainHttpUrl] = await listen(
      createApp({
        payload,
        nextHandler: nextStandIn,
        isProduction: true,
        publicUrl: 'http://cms.intranet:3000',
      }),
    )
  })

  afterAll(() => {
    for (const each of [server, devServer, plainHttpServer]) {
      each?.closeAllConnections()
      each?.close()
    }
  })

  it('answers /healthz and /readyz with 200 and JSON, never cached', async () => {
    const health = await fetch(`${url}/healthz`)
    expect(health.status).toBe(200)
    expect(await health.json()).toEqual({ status: 'ok' })

    const ready = await fetch(`${url}/readyz`)
    expect(ready.status).toBe(200)
    expect(ready.headers.get('content-type')).toMatch(/application\/json/)
    expect(ready.headers.get('cache-control')).toBe('no-store')
    expect(await ready.json()).toEqual({ status: 'ready', database: 'ok' })
  })

  it('sends security headers with what Next answers', async () => {
    const { headers } = await rawGet(`${url}/admin`)
    const csp = String(headers['content-security-policy'])
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("frame-ancestors 'self'")
    expect(csp).not.toContain('unsafe-eval')
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['x-frame-options']).toBe('SAMEORIGIN')
    expect(headers['referrer-policy']).toBe('no-referrer')
    expect(csp).toContain('upgrade-insecure-requests')
    expect(headers['strict-transport-security']).toMatch(/max-age=\d+/)
    expect(headers['x-powered-by']).toBeUndefined()
  })

  it('leaves out HTTPS-only rules when the public origin is plain http, so the admin still loads', async () => {
    const { headers } = await rawGet(`${plainHttpUrl}/admin`)
    expect(String(headers['content-security-policy'])).toContain("default-src 'self'")
    expect(String(headers['content-security-policy'])).not.toContain('upgrade-insecure-requests')
    expect(headers['strict-transport-security']).toBeUndefined()
  })

  it('relaxes the policy in development for Next dev tools and HMR, without HSTS', async () => {
    const { headers } = await rawGet(`${devUrl}/admin`)
    expect(String(headers['content-security-policy'])).toMatch(/script-src [^;]*'unsafe-eval'/)
    expect(String(headers['content-security-policy'])).toMatch(/connect-src [^;]*ws:/)
    expect(headers['strict-transport-security']).toBeUndefined()
  })

  it('gzips a large response for a client that accepts it, and only then', async () => {
    const gzipped = await rawGet(`${url}/large.json`, { 'Accept-Encoding': 'gzip' })
    expect(gzipped.status).toBe(200)
    expect(gzipped.headers['content-encoding']).toBe('gzip')
    expect(gzipped.body.length).toBeLessThan(Buffer.byteLength(largeJson) / 3)
    expect(gunzipSync(gzipped.body).toString('utf8')).toBe(largeJson)

    const plain = await rawGet(`${url}/large.json`)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString('utf8')).toBe(largeJson)
  })

  it('logs one line per request through Payload’s logger', async () => {
    const info = jest.spyOn(payload.logger, 'info')
    try {
      await fetch(`${url}/healthz?probe=in-process`)
      await waitUntil(() => info.mock.calls.length > 0, 10_000)
      const lines = info.mock.calls.filter((call) =>
        JSON.stringify(call).includes('probe=in-process'),
      )
      expect(lines).toHaveLength(1)
      expect(lines[0][1]).toMatch(/^GET \/healthz\?probe=in-process 200 [\d.]+ ms$/)
    } finally {
      info.mockRestore()
    }
  })

  it('hands a malformed URL to Next instead of failing it in express', async () => {
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => {})
    try {
      const { status } = await rawGet(`${url}/%E0%A4%A`)
      expect(status).toBe(200)
      expect(consoleError).not.toHaveBeenCalled()
    } finally {
      consoleError.mockRestore()
    }
  })

  it('answers an error that reaches express with a 500 and no internals, logged through pino', async () => {
    const logged = jest.spyOn(payload.logger, 'error').mockImplementation(() => {})
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => {})
    try {
      const { status, body } = await rawGet(`${url}/boom`)
      expect(status).toBe(500)
      expect(JSON.parse(body.toString('utf8'))).toEqual({
        errors: [{ message: 'Internal Server Error' }],
      })
      expect(logged).toHaveBeenCalled()
      expect(consoleError).not.toHaveBeenCalled()
    } finally {
      logged.mockRestore()
      consoleError.mockRestore()
    }
  })

  it('reports not ready (a warning, not an error), and asks clients to reconnect, while shutting down', async () => {
    const warn = jest.spyOn(payload.logger, 'warn').mockImplementation(() => {})
    isShuttingDown = true
    try {
      const ready = await fetch(`${url}/readyz`)
      expect(ready.status).toBe(503)
      expect(await ready.json()).toEqual({ status: 'unavailable', reason: 'shutting down' })
      const page = await rawGet(`${url}/admin`)
      expect(page.headers.connection).toBe('close')
      await waitUntil(() => warn.mock.calls.length > 0, 10_000)
      expect(warn.mock.calls.map((call) => call[1])).toEqual([
        expect.stringMatching(/^GET \/readyz 503 /),
      ])
    } finally {
      isShuttingDown = false
      warn.mockRestore()
    }
  })

  // Last in this block: it takes the database away from this Payload.
  it('answers /readyz 503 with a JSON reason, quickly, once the database is gone', async () => {
    const warn = jest.spyOn(payload.logger, 'warn').mockImplementation(() => {})
    try {
      await payload.db.destroy?.()
      const started = Date.now()
      const ready = await fetch(`${url}/readyz`)
      expect(ready.status).toBe(503)
      const json = (await ready.json()) as { status: string; reason: string }
      expect(json.status).toBe('unavailable')
      // What went wrong inside the driver is for the log, not for whoever calls the probe.
      expect(json.reason).toMatch(/^database: (query failed|no answer within \d+ ms)$/)
      expect(Date.now() - started).toBeLessThan(3000)

      expect((await fetch(`${url}/healthz`)).status).toBe(200)
    } finally {
      warn.mockRestore()
    }
  })
})

describe('development server (node --import tsx src/server.ts)', () => {
  let server: ServerProcess

  beforeAll(async () => {
    server = await startServer({
      mode: 'development',
      env: { DATABASE_URI: freshDatabaseUri('server-dev'), PAYLOAD_SECRET: 'kexie-dev-test' },
    })
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  it('answers /healthz and /readyz with 200', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    const ready = await fetch(`${server.url}/readyz`)
    expect(ready.status).toBe(200)
    expect(await ready.json()).toEqual({ status: 'ready', database: 'ok' })
  })

  it('answers GraphQL on POST /api/graphql', async () => {
    expect(await graphqlTypename(server.url)).toEqual({
      status: 200,
      json: { data: { __typename: 'Query' } },
    })
  }, 150_000)

  it('logs each request on one line through Payload’s logger', async () => {
    await fetch(`${server.url}/healthz?probe=development`)
    await waitUntil(() => server.stdout().includes('probe=development'), 10_000)
    const lines = linesMentioning(server.stdout(), 'probe=development')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/INFO \(payload\): GET \/healthz\?probe=development 200 [\d.]+ ms$/)
  })

  it('prints the demo accounts once, on a database without accounts, and no errors', () => {
    expect(server.stdout().match(/Demo accounts/g)).toHaveLength(1)
    expectNoErrors(server.stderr())
  })

  it('on SIGTERM finishes the request in flight, refuses new connections and exits 0 within 10 s', async () => {
    await expectGracefulStop(server)
    expect(stripVTControlCharacters(server.stdout())).toMatch(
      /SIGTERM received[\s\S]*shut down cleanly/,
    )
  }, 30_000)
})

describe('production server (NODE_ENV=production, after next build)', () => {
  let server: ServerProcess

  beforeAll(async () => {
    await ensureNextBuild()
    // Production never pushes the schema: SQL databases get it from migrations (`npm run
    // migrate`). This database got it from the dev-mode push of the Payload started above, which
    // also records a `dev` row (batch -1) in payload_migrations. Starting in production ignores
    // that row (only `payload migrate` looks at it, and asks before migrating over a pushed
    // schema), so the server runs on it as it would on a migrated database.
    server = await startServer(
      {
        mode: 'production',
        env: { DATABASE_URI: databaseUri, PAYLOAD_SECRET: 'kexie-production-test-secret' },
      },
      60_000,
    )
  }, 360_000)

  afterAll(async () => {
    await server?.stop()
  })

  it('answers /healthz with 200 and hides the GraphQL playground', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    expect((await fetch(`${server.url}/api/graphql-playground`)).status).toBe(404)
  })

  it('serves the admin UI, gzipped, with the production security policy', async () => {
    const admin = await fetch(`${server.url}/admin`, { redirect: 'manual' })
    expect(admin.status).toBe(200)
    const login = await rawGet(`${server.url}/admin/login`, { 'Accept-Encoding': 'gzip' })
    expect(login.status).toBe(200)
    expect(login.headers['content-type']).toMatch(/text\/html/)
    expect(login.headers['content-encoding']).toBe('gzip')
    const csp = String(login.headers['content-security-policy'])
    expect(csp).toContain("default-src 'self'")
    expect(csp).not.toContain('unsafe-eval')
    // SERVER_URL is http://localhost:<port> here: no HTTPS-only rules.
    expect(csp).not.toContain('upgrade-insecure-requests')
  })

  it('answers GraphQL on POST /api/graphql', async () => {
    expect(await graphqlTypename(server.url)).toEqual({
      status: 200,
      json: { data: { __typename: 'Query' } },
    })
  })

  it('logs each request as one JSON line through Payload’s logger', async () => {
    await fetch(`${server.url}/api/graphql-playground?probe=production`)
    await waitUntil(() => server.stdout().includes('probe=production'), 10_000)
    const lines = linesMentioning(server.stdout(), 'probe=production')
    expect(lines).toHaveLength(1)
    expect(JSON.parse(lines[0])).toMatchObject({
      name: 'payload',
      method: 'GET',
      url: '/api/graphql-playground?probe=production',
      status: 404,
      msg: expect.stringMatching(/^GET \/api\/graphql-playground\?probe=production 404/),
    })
  })

  it('prints no demo accounts and no errors', () => {
    expect(server.stdout()).not.toContain('Demo accounts')
    expectNoErrors(server.stderr())
  })

  it('refuses a port already in use with one line naming PORT', async () => {
    const result = await runUntilExit({
      mode: 'production',
      port: server.port,
      env: { DATABASE_URI: databaseUri, PAYLOAD_SECRET: 'kexie-production-test-secret' },
    })
    expect(result.code).not.toBe(0)
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^kexie-cms cannot start: PORT: \d+ is already in use$/),
    ])
  }, 60_000)

  it('on SIGTERM finishes the request in flight, refuses new connections and exits 0 within 10 s', async () => {
    await expectGracefulStop(server)
  }, 30_000)
})

describe('start-up configuration errors', () => {
  it('production refuses to start without PAYLOAD_SECRET, in one line', async () => {
    // Empty rather than unset: a developer's .env may hold a generated secret, and the server never
    // lets .env override a variable that is set.
    const result = await runUntilExit({
      mode: 'production',
      env: { PAYLOAD_SECRET: '', DATABASE_URI: freshDatabaseUri('server-no-secret') },
    })
    expect(result.code).not.toBe(0)
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining('PAYLOAD_SECRET')])
  })

  it.each([
    ['RATE_LIMIT_LOGIN', '', /must be a whole number \(0 or more\), got ""$/],
    ['LOGIN_MAX_ATTEMPTS', 'abc', /must be a whole number from 1, got "abc"$/],
    ['CACHE_ENABLED', 'yes', /must be true or false, got "yes"$/],
    ['PORT', 'http', /must be a port number, got "http"$/],
    ['LOG_LEVEL', 'loud', /not in choices/],
    [
      'ADMIN_TIME_ZONE',
      'Beijing',
      /must be an IANA time zone such as Asia\/Shanghai or UTC, got "Beijing"$/,
    ],
  ])('a bad %s (%j) stops start-up with one line naming it', async (name, value, reason) => {
    const result = await runUntilExit({
      env: { [name]: value, DATABASE_URI: freshDatabaseUri('server-bad-setting') },
    })
    expect(result.code).not.toBe(0)
    expect(result.stdout).toBe('')
    const lines = result.stderr.trim().split('\n')
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^kexie-cms cannot start: ${name}: `))])
    expect(lines[0]).toMatch(reason)
  })

  it('.env.example lists every setting the CMS reads', () => {
    const example = readFileSync(path.resolve('.env.example'), 'utf8')
    const listed = new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]))
    expect(SETTING_NAMES.filter((name) => name !== 'NODE_ENV' && !listed.has(name))).toEqual([])
  })

  it.each([
    ['an unsupported scheme', 'bogus://x'],
    ['an unreachable PostgreSQL server', 'postgres://127.0.0.1:1/nothing'],
  ])('a DATABASE_URI with %s is one line on stderr and a non-zero exit', async (_what, uri) => {
    const result = await runUntilExit({ env: { DATABASE_URI: uri } })
    expect(result.code).not.toBe(0)
    expect(result.signal).toBeNull()
    const lines = result.stderr.trim().split('\n')
    expect(lines).toEqual([expect.stringMatching(/^kexie-cms cannot start: DATABASE_URI: /)])
    expect(result.stdout).toBe('')
  })
})

describe('TRUST_PROXY', () => {
  const clientIpOf = async (trust: string | undefined) => {
    const previous = process.env.TRUST_PROXY
    // createApp reads the variable when it builds the app.
    if (trust === undefined) delete process.env.TRUST_PROXY
    else process.env.TRUST_PROXY = trust
    const withTrust = createApp({
      payload,
      isProduction: true,
      nextHandler: (req, res) => void res.json({ ip: req.ip }),
    })
    if (previous === undefined) delete process.env.TRUST_PROXY
    else process.env.TRUST_PROXY = previous
    const server = await new Promise<http.Server>((resolve) => {
      const listening = withTrust.listen(0, '127.0.0.1', () => resolve(listening))
    })
    try {
      const port = (server.address() as AddressInfo).port
      const response = await fetch(`http://127.0.0.1:${port}/api/whoami`, {
        headers: { 'X-Forwarded-For': '203.0.113.7' },
      })
      return ((await response.json()) as { ip: string }).ip
    } finally {
      server.closeAllConnections()
      server.close()
    }
  }

  it('takes the client address from X-Forwarded-For when TRUST_PROXY=true or a hop count', async () => {
    expect(await clientIpOf('true')).toBe('203.0.113.7')
    expect(await clientIpOf('1')).toBe('203.0.113.7')
  })

  it('trusts only a proxy on loopback by default, and none with TRUST_PROXY=false', async () => {
    expect(await clientIpOf(undefined)).toBe('203.0.113.7')
    expect(await clientIpOf('false')).toMatch(/127\.0\.0\.1$/)
  })
})

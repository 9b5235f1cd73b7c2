import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ensureNextBuild } from '../helpers/nextBuild'
import type { ServerProcess } from '../helpers/server'
import { startServer } from '../helpers/server'

/**
 * `npm run soak -- --minutes N`: the production server under a steady read load while editors
 * write and submit and reviewers approve and publish, all over HTTP on loopback. Every anonymous
 * answer is checked: well-formed, and nothing in it but published content. Reports per minute
 * the p50/p99 latency of reads and writes and the 5xx count, and the server's memory (RSS).
 * Exit 1 on any 5xx, malformed answer or leak of unpublished content.
 */

type Options = { minutes: number; readsPerSecond: number; editors: number }

const parseOptions = (argv: string[]): Options => {
  const value = (name: string, fallback: number) => {
    const index = argv.indexOf(`--${name}`)
    const raw = index >= 0 ? argv[index + 1] : undefined
    const parsed = raw === undefined ? fallback : Number(raw)
    if (!Number.isFinite(parsed) || parsed <= 0) {
      throw new Error(`--${name} must be a positive number, not "${raw}"`)
    }
    return parsed
  }
  return {
    minutes: value('minutes', 1),
    readsPerSecond: value('reads-per-second', 10),
    editors: value('editors', 2),
  }
}

const DRAFT_MARKER = 'SOAK-UNPUBLISHED'
const PASSWORD = 'soak-password-long-enough'

type Sample = { minute: number; kind: 'read' | 'write'; ms: number; status: number }

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

const rssMb = (pid: number | undefined): number => {
  if (!pid) return 0
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Math.round(Number(match[1]) / 1024) : 0
  } catch {
    return 0
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Creates the schema, the staff and the published seed content, then lets go of the database. */
const prepareDatabase = async (databaseUri: string) => {
  process.env.DATABASE_URI = databaseUri
  const { getPayload } = await import('payload')
  const { default: configPromise } = await import('@payload-config')
  const payload = await getPayload({ config: await configPromise })
  const staff: Record<string, string> = {}
  for (const [name, roles] of [
    ['admin', ['admin']],
    ['reviewer1', ['reviewer']],
    ['reviewer2', ['reviewer']],
    ['editor1', ['editor']],
    ['editor2', ['editor']],
    ['editor3', ['editor']],
  ] as const) {
    const email = `${name}@soak.test`
    const user = await payload.create({
      collection: 'users',
      data: { email, name, password: PASSWORD, roles: [...roles] },
      overrideAccess: true,
    })
    staff[name] = user.id
  }
  const published: string[] = []
  for (let i = 0; i < 20; i += 1) {
    const doc = await payload.create({
      collection: 'articles',
      data: {
        title: `长跑测试已发布 ${i}`,
        content: paragraph(`已发布正文 ${i}`),
        _status: 'published',
        workflowStage: 'published',
        workflow: { createdBy: staff.editor1, lastEditedBy: staff.editor1 },
      } as never,
      overrideAccess: true,
    })
    published.push(doc.id)
  }
  await payload.destroy()
  return { published }
}

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        children: [
          { type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
        ],
      },
    ],
  },
})

export const runSoak = async (argv: string[]): Promise<number> => {
  const options = parseOptions(argv)
  process.env.PAYLOAD_SECRET ||= randomBytes(24).toString('hex')
  process.env.LOG_LEVEL ||= 'warn'
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kexie-soak-'))
  const databaseUri = `file:${path.join(dir, 'soak.db')}`
  let server: ServerProcess | undefined
  try {
    console.log(`soak: ${options.minutes} min, ${options.readsPerSecond} reads/s, preparing…`)
    await ensureNextBuild()
    const { published } = await prepareDatabase(databaseUri)
    server = await startServer({
      mode: 'production',
      env: {
        DATABASE_URI: databaseUri,
        PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
        LOG_LEVEL: 'warn',
        // Every client here is 127.0.0.1: per-IP limits would measure the limiter, not the CMS.
        RATE_LIMIT_READ: '0',
        RATE_LIMIT_LOGIN: '0',
      },
    })
    const base = server.url
    const pid = server.child.pid

    const samples: Sample[] = []
    const problems: string[] = []
    const publicIds = new Set(published)
    const seeds = new Set(published)
    const rss: { minute: number; mb: number }[] = [{ minute: 0, mb: rssMb(pid) }]
    const started = Date.now()
    const deadline = started + options.minutes * 60_000
    const minuteOf = () => Math.floor((Date.now() - started) / 60_000)
    const problem = (message: string) => {
      if (problems.length < 50) problems.push(message)
    }

    const request = async (
      kind: Sample['kind'],
      pathname: string,
      init: { method?: string; token?: string; body?: unknown } = {},
    ) => {
      const t0 = performance.now()
      const minute = minuteOf()
      try {
        const response = await fetch(`${base}${pathname}`, {
          method: init.method ?? 'GET',
          headers: {
            ...(init.token ? { Authorization: `JWT ${init.token}` } : {}),
            ...(init.body ? { 'Content-Type': 'application/json' } : {}),
          },
          body: init.body ? JSON.stringify(init.body) : undefined,
          signal: AbortSignal.timeout(30_000),
        })
        const text = await response.text()
        samples.push({ minute, kind, ms: performance.now() - t0, status: response.status })
        if (response.status >= 500)
          problem(`${response.status} ${init.method ?? 'GET'} ${pathname}: ${text.slice(0, 200)}`)
        return { status: response.status, text }
      } catch (error) {
        samples.push({ minute, kind, ms: performance.now() - t0, status: 599 })
        const cause = (error as { cause?: { code?: string; message?: string } }).cause
        problem(
          `no answer ${pathname}: ${(error as Error).message} (${cause?.code ?? cause?.message ?? ''})`,
        )
        return { status: 599, text: '' }
      }
    }

    const login = async (name: string) => {
      const { text } = await request('write', '/api/users/login', {
        method: 'POST',
        body: { email: `${name}@soak.test`, password: PASSWORD },
      })
      const token = (JSON.parse(text) as { token?: string }).token
      if (!token) throw new Error(`login of ${name} failed: ${text.slice(0, 200)}`)
      return token
    }

    /** An anonymous answer must hold published documents only, none unknown to be public. */
    const checkDocs = (where: string, docs: unknown, text: string) => {
      if (!Array.isArray(docs)) return problem(`${where}: no docs array (${text.slice(0, 100)})`)
      for (const doc of docs as { id?: string; _status?: string; workflowStage?: string }[]) {
        if (!doc?.id) problem(`${where}: a document without id`)
        // The seed documents are never reviewed again: the marker in one is an unreviewed edit.
        else if (seeds.has(doc.id) && JSON.stringify(doc).includes(DRAFT_MARKER)) {
          problem(`${where}: ${doc.id} shows a draft edit nobody published`)
        } else if (!publicIds.has(doc.id)) problem(`${where}: ${doc.id} was never published`)
        if (doc._status !== 'published' || doc.workflowStage !== 'published') {
          problem(`${where}: ${doc.id} is ${doc._status}/${doc.workflowStage}`)
        }
      }
    }

    const readOnce = async (i: number) => {
      if (Date.now() >= deadline) return
      const pick = published[i % published.length]
      const graphqlQuery =
        '{ Articles(limit: 10, sort: "-updatedAt") { docs { id title _status workflowStage } } }'
      switch (i % 4) {
        case 0: {
          const { status, text } = await request(
            'read',
            '/api/articles?limit=10&depth=0&sort=-updatedAt',
          )
          if (status !== 200) return problem(`REST list answered ${status}`)
          checkDocs('REST list', (JSON.parse(text) as { docs?: unknown }).docs, text)
          return
        }
        case 1: {
          const { status, text } = await request('read', `/api/articles/${pick}?depth=0&locale=zh`)
          if (status !== 200) return problem(`REST document answered ${status}`)
          checkDocs('REST document', [JSON.parse(text)], text)
          return
        }
        case 2: {
          const { status, text } = await request('read', '/api/graphql', {
            method: 'POST',
            body: { query: graphqlQuery },
          })
          const json = JSON.parse(text) as {
            data?: { Articles?: { docs?: unknown } }
            errors?: unknown
          }
          if (status !== 200 || json.errors)
            return problem(`GraphQL POST: ${status} ${text.slice(0, 200)}`)
          checkDocs('GraphQL POST', json.data?.Articles?.docs, text)
          return
        }
        default: {
          const { status, text } = await request(
            'read',
            `/api/graphql?query=${encodeURIComponent(graphqlQuery)}`,
          )
          const json = JSON.parse(text) as {
            data?: { Articles?: { docs?: unknown } }
            errors?: unknown
          }
          if (status !== 200 || json.errors)
            return problem(`GraphQL GET: ${status} ${text.slice(0, 200)}`)
          checkDocs('GraphQL GET', json.data?.Articles?.docs, text)
        }
      }
    }

    const readers = async () => {
      const interval = 1000 / options.readsPerSecond
      const inFlight = new Set<Promise<unknown>>()
      for (let i = 0; Date.now() < deadline; i += 1) {
        const next = started + i * interval
        if (next > Date.now()) await sleep(next - Date.now())
        // A steady rate: a slow answer does not slow the next request down (bounded at 200 open).
        if (inFlight.size >= 200) await Promise.race(inFlight)
        const task = readOnce(i).catch((error: unknown) =>
          problem(`read: ${(error as Error).message}`),
        )
        inFlight.add(task)
        void task.finally(() => inFlight.delete(task))
      }
      await Promise.all(inFlight)
    }

    const editor = async (name: string, n: number) => {
      const token = await login(name)
      const live = published[n % published.length]
      for (let round = 0; Date.now() < deadline; round += 1) {
        const { status, text } = await request('write', '/api/articles', {
          method: 'POST',
          token,
          body: {
            title: `长跑测试 ${name} ${round} ${DRAFT_MARKER}`,
            content: paragraph(`草稿 ${DRAFT_MARKER}`),
          },
        })
        if (status !== 201) problem(`create answered ${status}: ${text.slice(0, 200)}`)
        const id = (JSON.parse(text) as { doc?: { id?: string } }).doc?.id
        if (id) {
          await request('write', `/api/articles/${id}?draft=true`, {
            method: 'PATCH',
            token,
            body: { summary: `修改 ${DRAFT_MARKER}` },
          })
          await request('write', `/api/workflow/articles/${id}`, {
            method: 'POST',
            token,
            body: { action: 'submit' },
          })
        }
        // An edit of a live document makes a draft readers must not see.
        if (round % 5 === 0) {
          await request('write', `/api/articles/${live}?draft=true`, {
            method: 'PATCH',
            token,
            body: { summary: `未审的修改 ${DRAFT_MARKER}` },
          })
        }
        await sleep(1000)
      }
    }

    const reviewers = async () => {
      const [first, second] = [await login('reviewer1'), await login('reviewer2')]
      while (Date.now() < deadline) {
        const { status, text } = await request(
          'write',
          '/api/articles?draft=true&depth=0&limit=5&where[workflowStage][equals]=in_review&where[title][like]=长跑测试',
          { token: first },
        )
        const docs =
          status === 200
            ? ((JSON.parse(text) as { docs?: { id: string; title?: string }[] }).docs ?? [])
            : []
        for (const doc of docs) {
          if (Date.now() >= deadline) break
          // Titles carry the marker; published ones are added to the public set just before
          // they can appear, so a reader never flags a document published a moment ago.
          await request('write', `/api/workflow/articles/${doc.id}`, {
            method: 'POST',
            token: first,
            body: { action: 'approve' },
          })
          publicIds.add(doc.id)
          const published = await request('write', `/api/workflow/articles/${doc.id}`, {
            method: 'POST',
            token: second,
            body: { action: 'publish' },
          })
          if (published.status !== 200) publicIds.delete(doc.id)
        }
        await sleep(docs.length ? 200 : 1000)
      }
    }

    const memory = async () => {
      while (Date.now() < deadline) {
        await sleep(5000)
        rss.push({ minute: (Date.now() - started) / 60_000, mb: rssMb(pid) })
      }
    }

    console.log(
      `soak: server ${base} (pid ${pid}), running until ${new Date(deadline).toISOString()}`,
    )
    await Promise.all([
      readers(),
      reviewers(),
      memory(),
      ...Array.from({ length: options.editors }, (_, n) => editor(`editor${n + 1}`, n)),
    ])

    const report = summarize(samples, rss, publicIds.size - published.length)
    console.log(report.text)
    const fiveXX = samples.filter((sample) => sample.status >= 500).length
    if (problems.length > 0)
      console.log(`problems (first ${problems.length}):\n  ${problems.join('\n  ')}`)
    const isOk = fiveXX === 0 && problems.length === 0
    console.log(isOk ? 'soak: OK' : `soak: FAILED (${fiveXX} 5xx, ${problems.length} problems)`)
    return isOk ? 0 : 1
  } finally {
    await server?.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

const summarize = (
  samples: Sample[],
  rss: { minute: number; mb: number }[],
  newlyPublished: number,
) => {
  const minutes = [...new Set(samples.map((sample) => sample.minute))].sort((a, b) => a - b)
  const lines = [
    'minute | reads | read p50 | read p99 | writes | write p50 | write p99 | 5xx | RSS MB',
  ]
  const rssAt = (minute: number) =>
    Math.max(
      0,
      ...rss.filter((point) => Math.floor(point.minute) === minute).map((point) => point.mb),
    )
  for (const minute of minutes) {
    const reads = samples.filter((s) => s.minute === minute && s.kind === 'read').map((s) => s.ms)
    const writes = samples.filter((s) => s.minute === minute && s.kind === 'write').map((s) => s.ms)
    const errors = samples.filter((s) => s.minute === minute && s.status >= 500).length
    const ms = (value: number) => `${Math.round(value)} ms`
    lines.push(
      [
        minute + 1,
        reads.length,
        ms(percentile(reads, 50)),
        ms(percentile(reads, 99)),
        writes.length,
        ms(percentile(writes, 50)),
        ms(percentile(writes, 99)),
        errors,
        rssAt(minute),
      ].join(' | '),
    )
  }
  const first = rss[0]?.mb ?? 0
  const last = rss.at(-1)?.mb ?? 0
  const peak = Math.max(...rss.map((point) => point.mb))
  lines.push(
    `RSS: ${first} MB after start, ${last} MB at the end (peak ${peak} MB, growth ${last - first} MB)`,
  )
  lines.push(`published during the run: ${newlyPublished}; requests: ${samples.length}`)
  return { text: lines.join('\n') }
}

import { readFileSync } from 'node:fs'

import ExcelJS from 'exceljs'

import type { Receiver } from '../helpers/receiver'
import { startReceiver } from '../helpers/receiver'

import { BENCH_PASSWORD } from './dataSet'

// The editors' side of the CMS, timed over HTTP on the production server: a roster imported from
// a spreadsheet, and the release it makes published through the workflow. See docs/performance.md.

const json = { 'content-type': 'application/json' }

type Answer = Record<string, unknown>

const call = async (
  origin: string,
  path: string,
  token: null | string,
  init: { method?: string; body?: object | FormData } = {},
): Promise<Answer> => {
  const isForm = init.body instanceof FormData
  const response = await fetch(`${origin}${path}`, {
    method: init.method ?? (init.body ? 'POST' : 'GET'),
    headers: { ...(isForm ? {} : json), ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: isForm ? (init.body as FormData) : init.body ? JSON.stringify(init.body) : undefined,
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${text.slice(0, 500)}`)
  return JSON.parse(text) as Answer
}

const login = async (origin: string, email: string) =>
  String(
    (await call(origin, '/api/users/login', null, { body: { email, password: BENCH_PASSWORD } }))
      .token,
  )

const ms = (since: number) => Math.round((performance.now() - since) * 10) / 10

const GENDERS = ['男', '女']

/** A roster as an editor would send it: a title line, the header row, then `rows` people. */
export const rosterWorkbook = async (rows: number, label: string): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('名单')
  sheet.addRow([`${label}获奖名单`])
  sheet.addRow(['序号', '姓名', '性别', '工作单位', '职务/职称', '学科领域', '简介'])
  for (let n = 1; n <= rows; n++) {
    sheet.addRow([
      n,
      `${label}获奖者${n}`,
      GENDERS[n % 2],
      `青岛市第${(n % 40) + 1}研究所`,
      '研究员',
      ['海洋科学', '人工智能', '新能源', '生物医药'][n % 4],
      `长期从事科研工作，第${n}位获奖者，在本领域取得了突出成绩。`,
    ])
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

const importForm = (file: Buffer, award: string, year: number) => {
  const form = new FormData()
  form.set('file', new Blob([new Uint8Array(file)]), 'roster.xlsx')
  form.set('award', award)
  form.set('year', String(year))
  return form
}

const createAward = async (origin: string, token: string, name: string) =>
  String(((await call(origin, '/api/awards', token, { body: { name } })).doc as { id: string }).id)

type ImportTiming = { dryRunMs: number; importMs: number; totalMs: number; releaseId: string }

/** `?dryRun=true`, then the real import, as `token`; both must accept every row. */
const importRoster = async (
  origin: string,
  token: string,
  file: Buffer,
  award: string,
  year: number,
  rows: number,
): Promise<ImportTiming> => {
  const path = '/api/award-recipients/import'
  const started = performance.now()
  const dry = await call(origin, `${path}?dryRun=true`, token, {
    body: importForm(file, award, year),
  })
  const dryRunMs = ms(started)
  if (dry.valid !== rows || dry.created !== rows) {
    throw new Error(
      `the dry run accepted ${String(dry.valid)} of ${rows} rows: ${JSON.stringify(dry).slice(0, 500)}`,
    )
  }
  const importStarted = performance.now()
  const done = await call(origin, path, token, { body: importForm(file, award, year) })
  const importMs = ms(importStarted)
  if (done.created !== rows) throw new Error(`imported ${String(done.created)} of ${rows} rows`)
  return {
    dryRunMs,
    importMs,
    totalMs: ms(started),
    releaseId: String((done.release as { id: string }).id),
  }
}

/** How many of `ids` an anonymous reader lists (REST, by id, in pages of 60 ids per URL). */
export const anonymouslyListed = async (origin: string, ids: string[]) => {
  let listed = 0
  for (let start = 0; start < ids.length; start += 60) {
    const chunk = ids.slice(start, start + 60)
    const query = chunk.map((id, i) => `where[id][in][${i}]=${id}`).join('&')
    const page = await call(
      origin,
      `/api/award-recipients?${query}&limit=${chunk.length}&depth=0&locale=zh`,
      null,
    )
    listed += Number(page.totalDocs)
  }
  return listed
}

export type RosterBench = {
  rows: number
  dryRunMs: number
  importMs: number
  totalMs: number
}

export type ReleaseBench = {
  items: number
  /** From sending `publish` to an anonymous REST list showing every item. */
  releasePublishMs: number
  /** The publish request alone (its answer). */
  publishAnswerMs: number
  submitMs: number
  approveMs: number
  /** Deliveries the one registered endpoint received for the publish (expected: 1). */
  webhookDeliveries: number
  webhookEvents: string[]
}

const waitFor = async (what: string, isDone: () => Promise<boolean>, timeoutMs = 120_000) => {
  const deadline = Date.now() + timeoutMs
  while (!(await isDone())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** A roster's release, imported, submitted and approved through the workflow: `publish` finishes it. */
export type ReadyRelease = {
  roster: ImportTiming
  /** The recipients the release holds (none of them listed to readers yet). */
  ids: string[]
  submitMs: number
  approveMs: number
  /** Sends the reviewer's `publish` and checks its answer. */
  publish: () => Promise<void>
}

/**
 * A roster of `rows` people for a new award named `award` (dry run, then the import: it makes the
 * roster's release), and that release submitted by the admin and approved by a reviewer through
 * the workflow endpoint; no recipient is listed to readers until `publish`.
 */
export const releaseForPublish = async (
  origin: string,
  rows: number,
  award: string,
): Promise<ReadyRelease> => {
  const admin = await login(origin, 'admin@bench.test')
  const reviewer = await login(origin, 'reviewer@bench.test')
  const awardId = await createAward(origin, admin, award)
  const file = await rosterWorkbook(rows, '青年科技奖')
  const roster = await importRoster(origin, admin, file, awardId, 2026, rows)
  const release = await call(origin, `/api/releases/${roster.releaseId}?depth=0&draft=true`, admin)
  const ids = (release.items as { value: string }[]).map((item) => String(item.value))
  if (ids.length !== rows) throw new Error(`the release holds ${ids.length} of ${rows} items`)
  if ((await anonymouslyListed(origin, ids)) !== 0) throw new Error('a draft recipient is listed')

  const workflow = `/api/workflow/releases/${roster.releaseId}`
  // The admin imported (the release's last editor), so a reviewer approves and publishes.
  let started = performance.now()
  await call(origin, workflow, admin, { body: { action: 'submit' } })
  const submitMs = ms(started)
  started = performance.now()
  await call(origin, workflow, reviewer, { body: { action: 'approve' } })
  const approveMs = ms(started)
  if ((await anonymouslyListed(origin, ids)) !== 0) throw new Error('an approved item is listed')
  const publish = async () => {
    const answer = await call(origin, workflow, reviewer, { body: { action: 'publish' } })
    if (answer.workflowStage !== 'published')
      throw new Error(`publish answered ${JSON.stringify(answer).slice(0, 300)}`)
  }
  return { roster, ids, submitMs, approveMs, publish }
}

/**
 * The 240-row roster and its release made ready (`releaseForPublish`), then published; the clock
 * runs from sending `publish` until an anonymous REST list by id shows all 240 recipients. One
 * webhook endpoint (a local receiver) is registered for `release.published`; its deliveries are
 * counted after the jobs queue has run until empty. The server needs `WEBHOOK_ALLOW_PRIVATE=true`
 * (the receiver is on loopback).
 */
export const benchRosterRelease = async (
  origin: string,
  rows: number,
): Promise<{ roster: RosterBench; release: ReleaseBench }> => {
  const admin = await login(origin, 'admin@bench.test')
  const receiver: Receiver = await startReceiver()
  try {
    await call(origin, '/api/webhooks', admin, {
      body: { name: 'bench', url: receiver.url, events: ['release.published'] },
    })
    const ready = await releaseForPublish(origin, rows, '青岛市青年科技奖（基准）')
    receiver.received.length = 0
    const started = performance.now()
    await ready.publish()
    const publishAnswerMs = ms(started)
    await waitFor(
      'every item to be listed',
      async () => (await anonymouslyListed(origin, ready.ids)) === rows,
    )
    const releasePublishMs = ms(started)

    // Deliveries leave from the jobs queue (every minute); an admin may run it now, until it is
    // empty (the review's notifications are queued too, ten jobs a run), then once more after a
    // pause, so a second delivery would have arrived too.
    for (let run = 0; run < 50; run++) {
      const queue = await call(origin, '/api/payload-jobs/run?queue=default&limit=100', admin)
      if (queue.noJobsRemaining === true) break
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
    await call(origin, '/api/payload-jobs/run?queue=default&limit=100', admin)
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const events = receiver.received.map(({ headers }) => String(headers['x-kexie-event']))
    const { roster, submitMs, approveMs } = ready
    return {
      roster: {
        rows,
        dryRunMs: roster.dryRunMs,
        importMs: roster.importMs,
        totalMs: roster.totalMs,
      },
      release: {
        items: rows,
        releasePublishMs,
        publishAnswerMs,
        submitMs,
        approveMs,
        webhookDeliveries: receiver.received.length,
        webhookEvents: events,
      },
    }
  } finally {
    receiver.close()
  }
}

export type LargeRosterBench = RosterBench & {
  fileKb: number
  /** The server's resident set before the import, and the highest sampled during it (MB). */
  rssBeforeMb: number
  rssPeakMb: number
  /** The kernel's high-water mark of the server process at the end (VmHWM, MB). */
  vmHwmMb: null | number
}

const statusMb = (pid: number, field: 'VmHWM' | 'VmRSS'): null | number => {
  try {
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(
      readFileSync(`/proc/${pid}/status`, 'utf8'),
    )
    return match ? Math.round(Number(match[1]) / 1024) : null
  } catch {
    return null
  }
}

/**
 * A large roster (ROSTER_MAX_ROWS, 5,000 rows): dry run and import timed, and the server
 * process's resident set sampled every 50 ms meanwhile (run on a server started for it alone, so
 * its high-water mark is the import's).
 */
export const benchLargeRoster = async (
  origin: string,
  serverPid: number,
  rows: number,
): Promise<LargeRosterBench> => {
  const admin = await login(origin, 'admin@bench.test')
  const award = await createAward(origin, admin, '科普先进个人（基准）')
  const file = await rosterWorkbook(rows, '科普先进个人')
  const rssBeforeMb = statusMb(serverPid, 'VmRSS') ?? 0
  let rssPeakMb = rssBeforeMb
  const sampler = setInterval(() => {
    rssPeakMb = Math.max(rssPeakMb, statusMb(serverPid, 'VmRSS') ?? 0)
  }, 50)
  try {
    const imported = await importRoster(origin, admin, file, award, 2026, rows)
    return {
      rows,
      fileKb: Math.round(file.length / 1024),
      dryRunMs: imported.dryRunMs,
      importMs: imported.importMs,
      totalMs: imported.totalMs,
      rssBeforeMb,
      rssPeakMb,
      vmHwmMb: statusMb(serverPid, 'VmHWM'),
    }
  } finally {
    clearInterval(sampler)
  }
}

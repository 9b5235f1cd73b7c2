import { Writable } from 'node:stream'

import { beforeAll, describe, expect, it } from '@jest/globals'
import { GraphQLError } from 'graphql'
import type { Payload } from 'payload'
import type { LoggerOptions } from 'pino'
import { pino } from 'pino'

import { loggerConfig } from '@/logger'

import type { InProcessServer } from '../helpers/expressApp'
import { listenInProcess } from '../helpers/expressApp'
import { setUpSuite } from '../helpers/suite'
import { createStaff } from '../helpers/users'
import { documentInStage } from '../helpers/workflow'

let payload: Payload
let server: InProcessServer

const suite = setUpSuite(import.meta.url)

beforeAll(async () => {
  payload = suite.payload
  server = await listenInProcess(payload, suite.config)
  suite.onCleanup(() => server.close())
})

type Line = { level: number; msg?: string; err?: { stack?: string } }

/** A logger built from the CMS's own logger config, writing JSON lines into `lines`. */
const capturingLogger = () => {
  const lines: Line[] = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as Line)
      done()
    },
  })
  const { options } = loggerConfig() as { options: LoggerOptions }
  return { logger: pino({ ...options, level: 'info' }, stream), lines }
}

/** Runs `action` with Payload logging through a capturing logger; the lines it logged. */
const logsOf = async (action: () => Promise<unknown>) => {
  const { logger, lines } = capturingLogger()
  const original = payload.logger
  payload.logger = logger
  try {
    await action()
    // pino writes asynchronously to a stream: let it flush.
    await new Promise((resolve) => logger.flush(resolve))
    return lines
  } finally {
    payload.logger = original
  }
}

describe('logging of GraphQL errors', () => {
  it('logs a reader asking for an unpublished id at info, without a stack trace', async () => {
    const editor = await createStaff(payload, ['editor'])
    const id = await documentInStage(payload, 'articles', { stage: 'draft', author: editor.id })
    let body: { data?: unknown; errors?: { message: string }[] } = {}
    const lines = await logsOf(async () => {
      const response = await fetch(`${server.url}/api/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: `{ Article(id: "${id}") { title } }` }),
      })
      body = (await response.json()) as typeof body
    })
    expect(body.errors?.[0].message).toMatch(/未找到|Not Found/)
    const about = lines.filter((line) => /未找到|Not Found/.test(line.msg ?? ''))
    expect(about.map(({ level, err }) => ({ level, hasStack: Boolean(err?.stack) }))).toEqual([
      { level: 30, hasStack: false },
    ])
    expect(lines.filter((line) => line.level >= 50)).toEqual([])
  })

  it('still logs a GraphQL error with a server-side cause as an error, with its stack', async () => {
    const { logger, lines } = capturingLogger()
    const cause = Object.assign(new Error('database gone'), { status: 500 })
    logger.error({ err: new GraphQLError('database gone', { originalError: cause }) })
    await new Promise((resolve) => logger.flush(resolve))
    expect(lines.map(({ level, err }) => ({ level, hasStack: Boolean(err?.stack) }))).toEqual([
      { level: 50, hasStack: true },
    ])
  })
})

import { readFileSync } from 'node:fs'

import autocannon from 'autocannon'

export type Request = {
  method?: 'GET' | 'POST'
  path: string
  body?: string
  headers?: Record<string, string>
}

export type Run = {
  reqPerSec: number
  p50Ms: number
  p99Ms: number
  requests: number
  errors: number
  timeouts: number
  non2xx: number
}

export type Summary = {
  connections: number
  /** Median of the runs, and the lowest and highest value beside it. */
  reqPerSec: { median: number; min: number; max: number }
  p50Ms: { median: number; min: number; max: number }
  p99Ms: { median: number; min: number; max: number }
  errors: number
  non2xx: number
  runs: Run[]
}

export type Timing = { warmupSeconds: number; runSeconds: number; runs: number }

const once = (origin: string, request: Request, connections: number, seconds: number) =>
  autocannon({
    url: `${origin}${request.path}`,
    method: request.method ?? 'GET',
    body: request.body,
    headers: {
      ...(request.body ? { 'content-type': 'application/json' } : {}),
      ...request.headers,
    },
    connections,
    pipelining: 1,
    duration: seconds,
  })

const spread = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return {
    median: sorted[Math.floor(sorted.length / 2)],
    min: sorted[0],
    max: sorted[sorted.length - 1],
  }
}

/**
 * Waits until the server answers its liveness probe quickly again: autocannon stops sending at the
 * end of a run, but the server still works off the requests it had queued (at concurrency 50 on
 * a slow route, many seconds of them), which would be counted against the next measurement.
 */
export const settle = async (origin: string, timeoutMs = 120_000) => {
  const deadline = Date.now() + timeoutMs
  let quick = 0
  while (quick < 3 && Date.now() < deadline) {
    const started = performance.now()
    await fetch(`${origin}/healthz`).then((response) => response.arrayBuffer())
    quick = performance.now() - started < 20 ? quick + 1 : 0
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** A warm-up, then `runs` measured runs at each concurrency. */
export const measure = async (
  origin: string,
  request: Request,
  concurrencies: number[],
  timing: Timing,
): Promise<Summary[]> => {
  await once(origin, request, 10, timing.warmupSeconds)
  const summaries: Summary[] = []
  for (const connections of concurrencies) {
    const runs: Run[] = []
    for (let i = 0; i < timing.runs; i++) {
      await settle(origin)
      const result = await once(origin, request, connections, timing.runSeconds)
      runs.push({
        reqPerSec: result.requests.average,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        requests: result.requests.total,
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
      })
    }
    summaries.push({
      connections,
      reqPerSec: spread(runs.map((run) => run.reqPerSec)),
      p50Ms: spread(runs.map((run) => run.p50Ms)),
      p99Ms: spread(runs.map((run) => run.p99Ms)),
      errors: runs.reduce((sum, run) => sum + run.errors, 0),
      non2xx: runs.reduce((sum, run) => sum + run.non2xx, 0),
      runs,
    })
  }
  return summaries
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

/** The highest resident set size of a process so far, in MB (Linux: VmHWM). */
export const peakRssMb = (pid: number): null | number => statusMb(pid, 'VmHWM')

/** The resident set size of a process now, in MB (Linux: VmRSS). */
export const rssMb = (pid: number): null | number => statusMb(pid, 'VmRSS')

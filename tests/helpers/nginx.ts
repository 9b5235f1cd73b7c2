import { spawn } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from './postgresCluster'
import { projectRoot } from './server'

const NGINX = process.env.NGINX_BIN ?? '/usr/sbin/nginx'

/** The configuration docs/deployment.md tells operators to use, read as it is committed. */
const DEPLOYMENT_CONFIG = path.join(projectRoot, 'docs', 'deployment', 'nginx.conf')

export type Nginx = {
  url: string
  /** Stops nginx and deletes its folder; safe to call more than once. */
  stop: () => Promise<void>
  /** nginx's error log, for a failure's message. */
  errorLog: () => string
}

/**
 * docs/deployment/nginx.conf with this run's addresses: the listen port, the instances' ports in
 * `upstream kexie_app` and the cache folder. Fails when the documented config no longer has the
 * lines substituted here, so the test cannot drift away from what the docs say.
 */
export const deploymentConfig = ({
  port,
  instancePorts,
  cacheDir,
}: {
  port: number
  instancePorts: number[]
  cacheDir: string
}): string => {
  const documented = readFileSync(DEPLOYMENT_CONFIG, 'utf8')
  const servers = /^(\s*)server 127\.0\.0\.1:\d+ (.*);$/gm
  const [first] = [...documented.matchAll(servers)]
  if (!first) throw new Error(`${DEPLOYMENT_CONFIG}: no "server 127.0.0.1:<port> ...;" line`)
  const [, indent, options] = first
  const upstream = instancePorts
    .map((instancePort) => `${indent}server 127.0.0.1:${instancePort} ${options};`)
    .join('\n')
  const replacements: [RegExp, string][] = [
    // The documented upstream lists three instances; this run lists its own, once.
    [servers, ''],
    [/^(upstream kexie_app \{)$/m, `$1\n${upstream}`],
    [/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`],
    [/proxy_cache_path \/var\/cache\/nginx\/kexie /, `proxy_cache_path ${cacheDir} `],
    // Which instance answered, for the test to tell them apart (empty on a cache hit).
    [
      /^(\s*)(add_header X-Cache-Status .*)$/m,
      '$1$2\n$1add_header X-Upstream $upstream_addr always;',
    ],
  ]
  let config = documented
  for (const [pattern, replacement] of replacements) {
    if (!pattern.test(config)) throw new Error(`${DEPLOYMENT_CONFIG}: nothing matches ${pattern}`)
    pattern.lastIndex = 0
    config = config.replace(pattern, replacement)
  }
  return config
}

/**
 * Debian's nginx in the foreground, as the load balancer in front of `instancePorts`, with
 * docs/deployment/nginx.conf as its `http` block's site (see `deploymentConfig`) and everything
 * it writes in a temporary folder.
 */
export const startNginx = async (instancePorts: number[]): Promise<Nginx> => {
  if (!existsSync(NGINX)) {
    throw new Error(`No nginx at ${NGINX}: install Debian's "nginx" package or set NGINX_BIN.`)
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kexie-nginx-'))
  // nginx started as root serves from an unprivileged user, which must reach its cache and temp.
  chmodSync(dir, 0o777)
  const port = await freePort()
  const site = deploymentConfig({ port, instancePorts, cacheDir: path.join(dir, 'cache') })
  writeFileSync(path.join(dir, 'kexie.conf'), site)
  const errorLogFile = path.join(dir, 'error.log')
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      // One worker: its round robin alternates the instances request by request.
      'worker_processes 1;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${errorLogFile} warn;`,
      'events { worker_connections 1024; }',
      'http {',
      `  access_log off;`,
      // nginx closes a client's keep-alive connection after 1,000 requests (the default); the
      // load generator may already be sending its next request on it, which then fails with a
      // reset that a browser or HTTP client would retry. Not a lost answer: kept out of the count.
      '  keepalive_requests 1000000;',
      `  client_body_temp_path ${dir}/client_body;`,
      `  proxy_temp_path ${dir}/proxy;`,
      `  fastcgi_temp_path ${dir}/fastcgi;`,
      `  uwsgi_temp_path ${dir}/uwsgi;`,
      `  scgi_temp_path ${dir}/scgi;`,
      `  include ${dir}/kexie.conf;`,
      '}',
      '',
    ].join('\n'),
  )
  const child = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const errorLog = () =>
    `${stderr}${existsSync(errorLogFile) ? readFileSync(errorLogFile, 'utf8') : ''}`.trim()
  let stopped: Promise<void> | undefined
  const stop = () =>
    (stopped ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGQUIT')
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
        await exited
        clearTimeout(timer)
      }
      rmSync(dir, { recursive: true, force: true })
    })())

  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 10_000
  for (;;) {
    try {
      // Any answer (even a 502 while no instance is up yet) means nginx is listening.
      await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) })
      return { url, stop, errorLog }
    } catch (error) {
      if (Date.now() > deadline || child.exitCode !== null) {
        const log = errorLog()
        await stop()
        throw new Error(`nginx did not start on port ${port}: ${String(error)}\n${log}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}

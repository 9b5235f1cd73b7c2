// Usage: node scripts/run.mjs <entry.ts | some-cli.js> [args...]
//
// Runs a TypeScript entry point with tsx (or a CLI's own JS entry, such as payload's bin.js) under
// the `development` export condition. Why the condition: Lexical's default Node entry points
// (`lexical`, `@lexical/*`: dist/*.node.mjs) pick their dev or prod build with a top-level
// `await import()`, and Node 20's ESM loader can deadlock on a graph of such modules: the import
// of the Payload config (which loads @payloadcms/richtext-lexical) then never settles and the
// process ends with exit code 13, or 0 when the import was dynamic. Under an explicit
// `development`/`production` condition Lexical's exports map resolves straight to the build, with
// no top-level await. The server does the same (`npm run dev`, `npm start`).
// Plain JavaScript on purpose: it has to start before anything TypeScript is loaded.
import { spawnSync } from 'node:child_process'

const [entry, ...args] = process.argv.slice(2)
if (!entry) {
  console.error('usage: node scripts/run.mjs <entry.ts | cli.js> [args...]')
  process.exit(2)
}

const nodeArgs = [
  '--conditions=development',
  ...(/\.[cm]?tsx?$/.test(entry) ? ['--import', 'tsx'] : []),
  entry,
  ...args,
]
const { status, signal, error } = spawnSync(process.execPath, nodeArgs, { stdio: 'inherit' })
if (error) throw error
if (signal) process.kill(process.pid, signal)
process.exit(status ?? 1)

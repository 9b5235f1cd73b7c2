// `npm run audit:deps`: `npm audit --omit=dev` judged by severity. Exit 0 when no production
// dependency has a high or critical advisory, 1 when one has, and 2 when the registry's advisory
// endpoint cannot be asked (some mirrors and proxies answer 405): then nothing was checked, and
// this says so instead of passing. docs/security.md records the last result.
import { spawnSync } from 'node:child_process'

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' })
let report
try {
  report = JSON.parse(run.stdout)
} catch {
  report = undefined
}
const counts = report?.metadata?.vulnerabilities
if (!counts) {
  const lines = `${report?.error?.summary ?? ''}\n${run.stderr ?? ''}`.split('\n')
  const why = lines.find((line) => /\d{3}|audit/i.test(line)) ?? 'no answer'
  console.error(
    `audit:deps: NOT CHECKED — the registry's advisory endpoint could not be asked (${why.trim()}).\n` +
      'Run it where registry.npmjs.org answers POST /-/npm/v1/security/advisories/bulk.',
  )
  process.exit(2)
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0)
console.log(
  `audit:deps: production dependencies: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ` +
    `${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`,
)
for (const [name, entry] of Object.entries(report.vulnerabilities ?? {})) {
  if (entry.severity === 'high' || entry.severity === 'critical') {
    console.log(`  ${entry.severity}: ${name} ${entry.range ?? ''}`)
  }
}
process.exit(serious > 0 ? 1 : 0)

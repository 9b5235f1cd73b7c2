import { loadCommandSettings, openPayloadForCommand } from '@/cli'

import { describeChainReport, verifyAuditChain } from './verify'

/**
 * `npm run audit:verify`: checks the review history of the database named by DATABASE_URI.
 * Resolves to the exit code (0 intact, 1 broken) after printing one line.
 */
export const runAuditVerify = async (): Promise<number> => {
  const payload = await openPayloadForCommand(loadCommandSettings(), { disableOnInit: true })
  try {
    const report = await verifyAuditChain(payload)
    const line = describeChainReport(report)
    if (report.ok) console.log(line)
    else console.error(line)
    return report.ok ? 0 : 1
  } finally {
    await payload.destroy()
  }
}

import { runCommand } from '../src/cli'
import { runAuditVerify } from '../src/workflow/audit/cli'

// `npm run audit:verify`: see src/workflow/audit/verify.ts. Exits 0 when the review history's hash
// chain is intact, 1 naming the first bad record, 2 when it could not be checked.
runCommand('audit:verify', () => runAuditVerify(), { failureCode: 2 })

import { runAuditVerify } from '../src/workflow/audit/cli'

import { runEntryPoint } from './entryPoint'

// `npm run audit:verify`: see src/workflow/audit/verify.ts. Exits 0 when the review history's hash
// chain is intact, 1 naming the first bad record, 2 when it could not be checked.
runEntryPoint('audit:verify', runAuditVerify, { failureCode: 2 })

import { runAuditVerify } from '../src/workflow/audit/cli'

// `npm run audit:verify`: see src/workflow/audit/verify.ts. Exits 0 when the review history's hash
// chain is intact, 1 naming the first bad record, 2 when it could not be checked.
runAuditVerify().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `kexie-cms audit:verify: ${error instanceof Error ? error.message : String(error)}`,
    )
    process.exit(2)
  },
)

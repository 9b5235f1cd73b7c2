import type { CollectionConfig, Plugin } from 'payload'

import { addParts } from '@/plugins/appendHooks'
import { registerStatusSection, registerTransitionGuard } from '@/workflow/guards'

import { ComplianceRules } from './collections/ComplianceRules'
import { complianceCheckEndpoint, complianceCheckGetEndpoint } from './endpoints/check'
import { exportRulesEndpoint, importRulesEndpoint } from './endpoints/lists'
import { complianceGuard, complianceStatus } from './gate'

/**
 * 内容安全: the compliance rule lists (`compliance-rules`, with import and export), the gate on
 * submit, approve and publish, the findings in the workflow status answer, and
 * `GET`/`POST /api/compliance/check`. docs/compliance.md.
 */
export const complianceGate = (): Plugin => (incoming) => {
  const config = registerStatusSection(
    registerTransitionGuard(incoming, complianceGuard),
    complianceStatus,
  )
  return addParts(config, {
    collections: [
      // Typed for its own slug; the config's list holds collections of any slug.
      {
        ...ComplianceRules,
        endpoints: [importRulesEndpoint, exportRulesEndpoint],
      } as unknown as CollectionConfig,
    ],
    endpoints: [complianceCheckEndpoint, complianceCheckGetEndpoint],
  })
}

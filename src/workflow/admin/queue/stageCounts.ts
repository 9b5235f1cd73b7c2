import type { PayloadRequest } from 'payload'

import type { WorkflowCollectionSlug, WorkflowStage } from '../../stages'
import { WORKFLOW_COLLECTIONS, WORKFLOW_STAGES } from '../../stages'

export type StageCounts = Record<WorkflowCollectionSlug, Record<WorkflowStage, number>>

/**
 * How many documents of each workflow collection are in each stage, counted on their working
 * copies (latest versions) as the logged-in user may see them.
 */
export const loadStageCounts = async (req: PayloadRequest): Promise<StageCounts> => {
  const cells = await Promise.all(
    WORKFLOW_COLLECTIONS.flatMap((collection) =>
      WORKFLOW_STAGES.map(async (stage) => {
        // Not count(): it reads the main rows, where a live document keeps its published stage
        // while its new round is a draft version; find() with `draft` reads the latest versions.
        const { totalDocs } = await req.payload.find({
          collection,
          draft: true,
          where: { workflowStage: { equals: stage } },
          limit: 1,
          depth: 0,
          select: { workflowStage: true },
          user: req.user,
          overrideAccess: false,
          req,
        })
        return { collection, stage, totalDocs }
      }),
    ),
  )
  const counts = Object.fromEntries(
    WORKFLOW_COLLECTIONS.map((collection) => [
      collection,
      Object.fromEntries(WORKFLOW_STAGES.map((stage) => [stage, 0])),
    ]),
  ) as StageCounts
  for (const { collection, stage, totalDocs } of cells) counts[collection][stage] = totalDocs
  return counts
}

import type { PayloadRequest } from 'payload'

import { loadWorkingCopy, stageOf } from '../../documents'
import type { WorkflowCollectionSlug, WorkflowGlobalSlug, WorkflowStage } from '../../stages'
import { GLOBALS, WORKFLOW_COLLECTIONS, WORKFLOW_GLOBALS, WORKFLOW_STAGES } from '../../stages'

export type StageCounts = Record<WorkflowCollectionSlug, Record<WorkflowStage, number>>

/** The stage of each workflow global's working copy: a global is one document, so one stage. */
export type GlobalStages = Record<WorkflowGlobalSlug, WorkflowStage>

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

/** Each workflow global's stage, read from its working copy as the logged-in user. */
export const loadGlobalStages = async (req: PayloadRequest): Promise<GlobalStages> => {
  const stages = await Promise.all(
    WORKFLOW_GLOBALS.map(async (slug) => {
      const doc = await loadWorkingCopy(req, GLOBALS, slug, { asUser: true })
      return [slug, stageOf(doc ?? undefined)] as const
    }),
  )
  return Object.fromEntries(stages) as GlobalStages
}

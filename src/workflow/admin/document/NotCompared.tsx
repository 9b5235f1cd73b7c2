/**
 * For the stored review fields (`workflowStage`, `workflow`) in Payload's version comparison: two
 * versions differ there only in the review's bookkeeping (levels, revision), which the panel's
 * history tells. As the fields' `admin.components.Diff`, it keeps the comparison to the content.
 */
export const NotCompared = () => null

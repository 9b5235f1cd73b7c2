/**
 * For the stored review fields (`workflowStage`, `workflow`): the workflow panel shows them, so
 * the edit view leaves out their read-only inputs. List columns and filters still use them.
 */
export const HiddenInEditView = () => null

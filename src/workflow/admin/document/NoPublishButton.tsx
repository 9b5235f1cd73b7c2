/**
 * In place of Payload's Publish and Unpublish buttons on a workflow global: publishing goes
 * through the workflow panel's 发布 and 下线 (see `workflowGlobal`, which says why the buttons
 * would otherwise show on a published global).
 */
export const NoPublishButton = () => null

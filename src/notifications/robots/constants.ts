export const ROBOT_TASK = 'robotNotify'

/** The group robots a channel may be: WeCom (企业微信) and DingTalk (钉钉). */
export const ROBOT_KINDS = ['wecom', 'dingtalk'] as const

export type RobotKind = (typeof ROBOT_KINDS)[number]

/** `req.context` flag under which the task reads a DingTalk channel's signing secret. */
export const READS_SIGNING_SECRET = 'readsRobotSigningSecret'

import type { NestedKeysStripped } from '@payloadcms/translations'

/** Messages of our own, in every admin language; Payload's own strings come from its packages. */
export const translations = {
  zh: {
    kexie: {
      passwordTooShort: '密码至少需要 {{minLength}} 个字符',
      endBeforeStart: '结束时间不能早于开始时间',
      parentCycle: '上级活动不能是本活动，也不能是它的下级活动',
      duplicateRecipient: '{{name}} 已有 {{year}} 年度该奖项的获奖记录',
      invalidUrl: '请输入以 http:// 或 https:// 开头的有效网址',
      invalidPhone: '请输入有效的电话号码，如 0532-85912345、13812345678 或 400-123-4567',
      notWholeNumber: '请输入整数',
      belowMinimum: '不能小于 {{min}}',
      outOfRange: '应在 {{min}} 到 {{max}} 之间',
      coordinatesIncomplete: '请同时填写经度和纬度',
      slugTaken: '网址别名“{{slug}}”已被使用，请换一个或留空自动生成',
      invalidKey: '标识只能包含小写字母、数字和连字符',
      duplicateKey: '标识“{{key}}”重复',
      auditAppendOnly: '审核记录只能由审核流程追加，不能另行新建、修改或删除',
      wfNotLoggedIn: '请先登录',
      wfBadBody: '请求内容无效：{{problem}}',
      wfUnknownAction: '未知的审核操作“{{action}}”，可用的操作：{{actions}}',
      wfUnknownCollection: '“{{collection}}”不属于审核流程',
      wfNotFound: '找不到该文档',
      wfInvalidAssignee: '指定的审核人不存在或不是审核员',
      wfConcurrent: '该文档刚被他人改动，请刷新后重试',
      wfRoleMayNot: '您的角色不能执行“{{action}}”',
      wfNotOwnDocument: '编辑只能提交自己撰写或最后修改的稿件',
      wfNotOwnSubmission: '只能撤回自己提交或撰写的稿件',
      wfOwnSubmission: '不能审核自己撰写或提交的稿件',
      wfLastEditor: '您最后修改过这篇稿件，须由其他审核员审核',
      wfAlreadyApproved: '您已审核过本轮的前一级，每一级须由不同的审核员审核',
      wfStageForbids: '处于“{{stage}}”状态的文档不能执行“{{action}}”',
      wfLevelsRemaining: '还需 {{remaining}} 级审核，暂不能发布',
      wfNotLive: '该文档没有已发布的版本',
      wfScheduleChanged: '定时任务已被取消或更改',
      wfCommentRequired: '退回修改须填写意见',
      wfUnpublishBeforePublish: '下线时间须晚于发布时间',
      wfUnpublishInPast: '下线时间须在将来',
      wfPublishViaWorkflow:
        '发布须经审核流程：请使用 POST /api/workflow/{{collection}}/{{id}}，操作 publish',
      wfStageViaWorkflow:
        '审核状态只能通过审核流程改变：请使用 POST /api/workflow/{{collection}}/{{id}}',
      wfUnpublishViaWorkflow:
        '撤销发布须经审核流程：请使用 POST /api/workflow/{{collection}}/{{id}}，操作 unpublish',
      wfRestoreAsDraft: '已发布文档的历史版本只能恢复为草稿（?draft=true），再经审核发布',
      wfEditDuringReview: '稿件正在审核中，须先撤回（withdraw）才能修改',
      wfEditArchived: '已归档的文档不能修改，请先恢复（restore）',
    },
  },
  en: {
    kexie: {
      passwordTooShort: 'The password must be at least {{minLength}} characters long',
      endBeforeStart: 'The end date cannot be before the start date',
      parentCycle: 'The parent event cannot be this event or one of its sub-sessions',
      duplicateRecipient: '{{name}} already has a record for this award in {{year}}',
      invalidUrl: 'Enter a valid URL starting with http:// or https://',
      invalidPhone: 'Enter a valid phone number, e.g. 0532-85912345, 13812345678 or 400-123-4567',
      notWholeNumber: 'Enter a whole number',
      belowMinimum: 'Must be at least {{min}}',
      outOfRange: 'Must be between {{min}} and {{max}}',
      coordinatesIncomplete: 'Enter both longitude and latitude',
      slugTaken:
        'The slug "{{slug}}" is already in use: choose another or leave it empty to generate one',
      invalidKey: 'Keys may contain only lowercase letters, digits and hyphens',
      duplicateKey: 'The key "{{key}}" is used more than once',
      auditAppendOnly:
        'Review history is appended by the workflow only: records cannot be created, changed or deleted',
      wfNotLoggedIn: 'Log in first',
      wfBadBody: 'Invalid request body: {{problem}}',
      wfUnknownAction: 'Unknown workflow action "{{action}}"; use one of: {{actions}}',
      wfUnknownCollection: '"{{collection}}" is not part of the review workflow',
      wfNotFound: 'No such document',
      wfInvalidAssignee: 'The assignee must be an existing reviewer',
      wfConcurrent: 'The document was changed at the same moment: reload and try again',
      wfRoleMayNot: 'Your role may not "{{action}}"',
      wfNotOwnDocument: 'Editors submit only documents they wrote or edited last',
      wfNotOwnSubmission: 'You can withdraw only what you submitted or wrote',
      wfOwnSubmission: 'You cannot approve a submission you wrote or submitted',
      wfLastEditor: 'You edited this submission last: another reviewer must approve it',
      wfAlreadyApproved:
        'You approved an earlier level of this round: each level needs a different reviewer',
      wfStageForbids: 'Cannot "{{action}}" a document in stage "{{stage}}"',
      wfLevelsRemaining: '{{remaining}} more review level(s) needed before publishing',
      wfNotLive: 'This document has no published version',
      wfScheduleChanged: 'The schedule was cancelled or changed',
      wfCommentRequired: 'Requesting changes needs a comment',
      wfUnpublishBeforePublish: 'The unpublish time must be after the publish time',
      wfUnpublishInPast: 'The unpublish time must be in the future',
      wfPublishViaWorkflow:
        'Publishing goes through the review workflow: POST /api/workflow/{{collection}}/{{id}} with action publish',
      wfStageViaWorkflow:
        'The workflow stage changes only through the review workflow: POST /api/workflow/{{collection}}/{{id}}',
      wfUnpublishViaWorkflow:
        'Unpublishing goes through the review workflow: POST /api/workflow/{{collection}}/{{id}} with action unpublish',
      wfRestoreAsDraft:
        'An old version of a published document is restored as a draft (?draft=true) and published through review',
      wfEditDuringReview: 'The document is under review: withdraw it before editing',
      wfEditArchived: 'Archived documents cannot be edited: restore it first',
    },
  },
}

export type KexieTranslationKeys = NestedKeysStripped<typeof translations.en>

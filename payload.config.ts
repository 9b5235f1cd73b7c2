import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import type { Config } from 'payload'
import { buildConfig } from 'payload'

import { Articles } from './collections/Articles'
import { AwardRecipients } from './collections/AwardRecipients'
import { Awards } from './collections/Awards'
import { Categories } from './collections/Categories'
import { Events } from './collections/Events'
import { Media } from './collections/Media'
import { ScienceEducationBases } from './collections/ScienceEducationBases'
import { Users } from './collections/Users'
import { VolunteerTeams } from './collections/VolunteerTeams'
import { Homepage } from './globals/Homepage'
import { OfficialFigures } from './globals/OfficialFigures'
import { SiteSettings } from './globals/SiteSettings'
import { adminConventions } from './src/admin/plugin'
import { editorialCalendar } from './src/calendar/plugin'
import { apiClients } from './src/delivery/apiClients/plugin'
import { eventsCalendarFeed } from './src/delivery/calendar/plugin'
import { cdnPurge } from './src/delivery/cdn/plugin'
import { complianceGate } from './src/compliance/plugin'
import { databaseAdapter } from './src/database'
import { deliveryCacheInvalidation } from './src/delivery/cache/plugin'
import { draftPreview } from './src/delivery/preview/plugin'
import { graphqlValidationRules, MAX_COMPLEXITY } from './src/delivery/limits/graphqlRules'
import { searchIndexing } from './src/delivery/search/plugin'
import { statsInvalidation } from './src/delivery/stats/plugin'
import { webhookDelivery } from './src/delivery/webhooks/plugin'
import { answerDatabaseOutage } from './src/http/databaseOutage'
import { invalidQueryInputAsBadRequest } from './src/http/invalidQueryInput'
import {
  allowedOrigins,
  maxUploadBytes,
  mediaStore,
  payloadSecret,
  rosterMaxRows,
  serverUrl,
} from './src/env'
import { multipartErrorsAsClientErrors } from './src/http/multipartErrors'
import { mediaStorageFullAsInsufficientStorage } from './src/media/storageFull'
import { mediaObjectStorage } from './src/media/objectStorage'
import { objectStoreErrorsAsAnswers } from './src/media/objectStoreErrors'
import { translations } from './src/i18n/translations'
import { localization } from './src/i18n/localization'
import { loggerConfig, loggingLevels } from './src/logger'
import { sharpWithPixelLimit } from './src/media/sharp'
import { workflowNotifications } from './src/notifications/plugin'
import { awardNotice } from './src/rosters/notice/plugin'
import { awardRosters } from './src/rosters/plugin'
import { queryPathGuard } from './src/security/plugin'
import { emailAdapter } from './src/workflow/notifications/email'
import { reviewComments } from './src/workflow/comments/plugin'
import { editorialWorkflow } from './src/workflow/plugin'
import { releases } from './src/workflow/releases/plugin'

// Every entry point (the server, Next, Payload's CLI, the tests) runs from the project root.
const projectRoot = process.cwd()

/**
 * The whole configuration before Payload builds it: content collections, globals and the features
 * as plugins, each bringing its own collections, endpoints, hooks, jobs and admin components.
 * Exported for test configurations that add to it (tests/helpers/seventhCollection).
 */
export const kexieConfig: Config = {
  serverURL: serverUrl(),
  secret: payloadSecret(),
  db: databaseAdapter(),
  editor: lexicalEditor(),
  sharp: sharpWithPixelLimit(),
  logger: loggerConfig(),
  loggingLevels,
  admin: {
    user: Users.slug,
    // The built-in avatar: gravatar would send a hash of every editor's e-mail to a third party.
    avatar: 'default',
    importMap: { baseDir: projectRoot },
    meta: { titleSuffix: ' · 科协内容管理' },
    components: {
      graphics: {
        Logo: '@/admin/graphics/Logo#Logo',
        Icon: '@/admin/graphics/Icon#Icon',
      },
    },
  },
  // Listed in admin navigation order: 内容, 活动, 科普, 人物与奖项, 系统 (the features' own
  // collections follow, in plugin order: workflow history, search index, webhooks).
  // The collections in the editorial workflow are also in src/content/registry.ts.
  collections: [
    Articles,
    Categories,
    Media,
    Events,
    ScienceEducationBases,
    VolunteerTeams,
    Awards,
    AwardRecipients,
    Users,
  ],
  globals: [Homepage, OfficialFigures, SiteSettings],
  hooks: {
    afterError: [
      multipartErrorsAsClientErrors,
      invalidQueryInputAsBadRequest,
      mediaStorageFullAsInsufficientStorage,
      objectStoreErrorsAsAnswers,
      answerDatabaseOutage,
    ],
  },
  plugins: [
    // First: the other features see the workflow's collections.
    editorialWorkflow(),
    releases(),
    searchIndexing(),
    statsInvalidation(),
    deliveryCacheInvalidation(),
    webhookDelivery(),
    complianceGate(),
    draftPreview(),
    eventsCalendarFeed(),
    awardRosters({ maxRows: rosterMaxRows(), maxFileBytes: maxUploadBytes() }),
    awardNotice(),
    editorialCalendar(),
    workflowNotifications(),
    apiClients(),
    mediaObjectStorage(mediaStore()),
    cdnPurge(),
    reviewComments(),
    // Last, so they reach every collection the plugins before them add.
    queryPathGuard(),
    adminConventions(),
  ],
  email: emailAdapter(),
  localization,
  i18n: {
    supportedLanguages: { zh, en },
    fallbackLanguage: 'zh',
    translations,
  },
  cors: allowedOrigins(),
  csrf: allowedOrigins(),
  upload: {
    limits: { fileSize: maxUploadBytes() },
    // The whole multipart body may carry the file plus the form fields; without this the parser's
    // own 50 MB default would cap MAX_UPLOAD_MB silently.
    requestSizeLimit: maxUploadBytes() + 1024 * 1024,
  },
  graphQL: {
    maxComplexity: MAX_COMPLEXITY,
    validationRules: graphqlValidationRules,
    schemaOutputFile: path.resolve(projectRoot, 'schema.graphql'),
  },
  typescript: {
    outputFile: path.resolve(projectRoot, 'src', 'payload-types.ts'),
  },
  telemetry: false,
}

export default buildConfig(kexieConfig)

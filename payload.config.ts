import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
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
import { databaseAdapter } from './src/database'
import { allowedOrigins, maxUploadBytes, payloadSecret, serverUrl } from './src/env'
import { translations } from './src/i18n/translations'
import { localization } from './src/i18n/localization'
import { loggerConfig, loggingLevels } from './src/logger'
import { sharpWithPixelLimit } from './src/media/sharp'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
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
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · 科协内容管理' },
  },
  // Listed in admin navigation order: 内容, 活动, 科普, 人物与奖项, 系统.
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
    schemaOutputFile: path.resolve(dirname, 'schema.graphql'),
  },
  typescript: {
    outputFile: path.resolve(dirname, 'src', 'payload-types.ts'),
  },
  telemetry: false,
})

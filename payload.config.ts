import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Media } from './collections/Media'
import { Users } from './collections/Users'
import { databaseAdapter } from './src/database'
import { allowedOrigins, maxUploadBytes, payloadSecret, serverUrl } from './src/env'
import { translations } from './src/i18n/translations'
import { localization } from './src/i18n/localization'
import { loggerConfig, loggingLevels } from './src/logger'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: serverUrl(),
  secret: payloadSecret(),
  db: databaseAdapter(),
  editor: lexicalEditor(),
  sharp,
  logger: loggerConfig(),
  loggingLevels,
  admin: {
    user: Users.slug,
    // The built-in avatar: gravatar would send a hash of every editor's e-mail to a third party.
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · 科协内容管理' },
  },
  collections: [Users, Media],
  globals: [],
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
  },
  graphQL: {
    schemaOutputFile: path.resolve(dirname, 'schema.graphql'),
  },
  typescript: {
    outputFile: path.resolve(dirname, 'src', 'payload-types.ts'),
  },
  telemetry: false,
})

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

/**
 * `src/server.ts` starts Payload itself (for /readyz, the jobs queue and a clean shutdown) and the
 * Next route handlers reuse that instance through getPayload's cache. That only works when both
 * load the same copy of Payload and its adapters, so they stay external in production as they are
 * in development (see withPayload's serverExternalPackages).
 */
const sharedServerPackages = [
  'payload',
  '@payloadcms/db-mongodb',
  '@payloadcms/db-postgres',
  '@payloadcms/db-sqlite',
  '@payloadcms/drizzle',
  '@payloadcms/email-nodemailer',
  '@payloadcms/graphql',
]

const nextConfig: NextConfig = {
  serverExternalPackages: sharedServerPackages,
  // The express server in front of Next compresses responses and sets security headers.
  compress: false,
  poweredByHeader: false,
  devIndicators: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })

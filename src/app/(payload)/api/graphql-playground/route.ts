import config from '@payload-config'
import { GRAPHQL_PLAYGROUND_GET } from '@payloadcms/next/routes'

// Payload answers 404 here in production (graphQL.disablePlaygroundInProduction).
export const GET = GRAPHQL_PLAYGROUND_GET(config)

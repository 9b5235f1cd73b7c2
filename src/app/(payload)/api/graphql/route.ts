import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { graphqlOverGet } from '@/delivery/graphql/overGet'

export const POST = GRAPHQL_POST(config)
export const GET = graphqlOverGet(POST)
export const OPTIONS = REST_OPTIONS(config)

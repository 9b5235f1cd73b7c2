import { SLUG } from './dataSet'

const size = 'url width height mimeType filesize filename'

/** Every field the REST answer carries, so both APIs answer the same question. */
const ARTICLES_QUERY = `query Articles($where: Article_where, $limit: Int) {
  Articles(where: $where, limit: $limit, locale: zh) {
    docs {
      id title summary
      coverImage {
        id alt updatedAt createdAt url thumbnailURL filename mimeType filesize width height
        focalX focalY
        sizes { thumbnail { ${size} } card { ${size} } hero { ${size} } og { ${size} } }
      }
      content byline source sourceUrl
      relatedEvents { id } relatedBases { id } relatedAwardRecipients { id }
      slug publishedAt
      category { id name slug }
      tags { id tag }
      workflowStage updatedAt createdAt _status
    }
    hasNextPage hasPrevPage limit nextPage page pagingCounter prevPage totalDocs totalPages
  }
}`

const listVariables = { limit: 10 }
const slugVariables = { limit: 1, where: { slug: { equals: SLUG } } }

const overGet = (variables: object) =>
  `/api/graphql?${new URLSearchParams({
    query: ARTICLES_QUERY,
    variables: JSON.stringify(variables),
  })}`

export const graphqlRequests = {
  postList: {
    method: 'POST',
    path: '/api/graphql',
    body: JSON.stringify({ query: ARTICLES_QUERY, variables: listVariables }),
  },
  postSlug: {
    method: 'POST',
    path: '/api/graphql',
    body: JSON.stringify({ query: ARTICLES_QUERY, variables: slugVariables }),
  },
  getList: { path: overGet(listVariables) },
  getSlug: { path: overGet(slugVariables) },
} as const

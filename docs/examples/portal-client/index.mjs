// The latest published articles and upcoming events of a kexie-cms, as a portal would show them.
// Usage: CMS_URL=https://cms.example.org LOCALE=zh npm start
import { gql, GraphQLClient } from 'graphql-request'

const cmsUrl = (process.env.CMS_URL || 'http://localhost:3000').replace(/\/$/, '')
const locale = process.env.LOCALE === 'en' ? 'en' : 'zh'

// Anonymous requests see published content only; no token is needed (or wanted) for a portal.
const client = new GraphQLClient(`${cmsUrl}/api/graphql`, {
  // GET lets a CDN cache the answer; the CMS answers with an ETag and Cache-Control.
  method: 'GET',
})

const LATEST = gql`
  query Latest($locale: LocaleInputType) {
    Articles(locale: $locale, limit: 5, sort: "-publishedAt") {
      docs {
        slug
        title
        publishedAt
        source
      }
    }
    Events(locale: $locale, limit: 5, sort: "-startDate") {
      docs {
        slug
        title
        type
        startDate
        venue
      }
    }
  }
`

const day = (iso) => (iso ? iso.slice(0, 10) : '----------')

const { Articles, Events } = await client.request(LATEST, { locale })

console.log(locale === 'zh' ? '最新新闻' : 'Latest news')
for (const article of Articles.docs) {
  console.log(`  ${day(article.publishedAt)}  ${article.title}  (${cmsUrl}/news/${article.slug})`)
}
console.log(locale === 'zh' ? '活动' : 'Events')
for (const event of Events.docs) {
  console.log(`  ${day(event.startDate)}  ${event.title}${event.venue ? ` @ ${event.venue}` : ''}`)
}

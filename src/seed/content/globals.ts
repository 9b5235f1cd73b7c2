import { ARTICLE_LEAD } from './article'

export const SITE_NAME = {
  zh: '青岛市科学技术协会',
  en: 'Qingdao Association for Science and Technology',
}

/**
 * The contact is a placeholder and says so: the article gives none, and a real-looking address
 * or phone number could belong to someone. example.com is reserved for examples (RFC 2606).
 */
export const DEMO_SITE_SETTINGS = {
  zh: {
    siteName: SITE_NAME.zh,
    contact: { address: '示例地址（请替换为真实地址）', email: 'contact@example.com' },
  },
  en: {
    siteName: SITE_NAME.en,
    contact: { address: 'Example address (replace with the real one)' },
  },
}

/** The opening words of the article as the hero; featured content is added by the seed. */
export const DEMO_HOMEPAGE_HERO = {
  zh: {
    heading: ARTICLE_LEAD.split('。')[0],
    text: '青岛市科协认真履行“四服务”职责，搭平台、聚要素、优服务、助发展，为全市经济和社会发展做出积极贡献。',
  },
  en: {
    heading: 'Science and technology make a nation stand and a country strong',
    text: 'The Qingdao Association for Science and Technology fulfils its “four services” duties: building platforms, pooling resources, improving services and supporting development, for the city’s economic and social progress.',
  },
}

/** Slugs of the events the homepage features, in order. */
export const FEATURED_EVENT_SLUGS = [
  'cast-annual-meeting-22',
  'qingdao-international-water-conference-9',
  'world-marine-science-and-technology-conference-4',
  'iumrs-ica-17',
]

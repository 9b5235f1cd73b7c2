import type { DemoDocument } from '../ensureDocument'
import { paragraphs } from '../lexical'
import {
  ARTICLE_YEAR,
  EXAMPLE_NOTE,
  SOURCE_NOTE,
  UNDATED_NOTE,
  approximateDate,
  yearOnlyNote,
} from './notes'

export type DemoEvent = DemoDocument<'events'> & {
  /** Slug of the meeting a sub-session belongs to (listed before it). */
  parentSlug?: string
}

const UNDATED = approximateDate(ARTICLE_YEAR)

const INTERNATIONAL_EVENTS =
  '青岛市科协精心打造“第17届国际材联—亚洲材料大会”、俄罗斯第四届企业家论坛、东亚海洋合作平台青岛论坛等国际科技交流活动，深化与上合组织成员国、“一带一路”沿线国家科技创新协作。'
const CROSS_STRAIT_EVENTS =
  '青岛市科协举办海峡两岸暨港澳中青年企业家创新创业发展论坛、海峡两岸乡村振兴学术研讨会等民间学术交流活动。'
const CONFERENCE_SERIES =
  '青岛市科协开辟“会展赛+科技智库”特色路径，连续举办9届青岛国际水大会、4届世界海洋科技大会，推动一批人才、技术、产业项目落地青岛。'
const ANNUAL_MEETINGS =
  '青岛市科协注重做好品牌培育，提高学术交流层次，举办青岛市学术年会9场，组织学术年会分会161场，为科技工作者搭建多学科跨领域交流平台。'

const ACADEMIC_MEETING = 'qingdao-academic-annual-meeting'

/** A sub-session the article does not name: it gives only the count (161 over 9 meetings). */
const exampleSession = (
  topic: string,
  zh: string,
  en: string,
  stage: DemoEvent['stage'] = 'published',
): DemoEvent => ({
  slug: `${ACADEMIC_MEETING}-example-${topic}`,
  parentSlug: ACADEMIC_MEETING,
  stage,
  zh: {
    title: `${zh}分会（示例）`,
    type: 'sub-session',
    startDate: UNDATED,
    description: paragraphs(
      `${EXAMPLE_NOTE}原文只给出分会总数（9场学术年会共组织分会161场），未列出分会名称；本分会的主题取自原文提到的领域。`,
      UNDATED_NOTE,
    ),
  },
  en: { title: `${en} session (example)` },
})

/**
 * The events the article names. Series editions are the ones its counts imply (连续举办9届 ->
 * the 9th); only the CAST annual meeting has a year, none has a day.
 */
export const DEMO_EVENTS: DemoEvent[] = [
  {
    slug: 'iumrs-ica-17',
    zh: {
      title: '第17届国际材联—亚洲材料大会',
      type: 'international-conference',
      series: '国际材联—亚洲材料大会',
      edition: 17,
      startDate: UNDATED,
      description: paragraphs(INTERNATIONAL_EVENTS, UNDATED_NOTE, SOURCE_NOTE),
    },
    en: {
      title: '17th IUMRS International Conference in Asia (IUMRS-ICA)',
      series: 'IUMRS International Conference in Asia',
    },
  },
  {
    slug: 'russian-entrepreneurs-forum-4',
    zh: {
      title: '俄罗斯第四届企业家论坛',
      type: 'forum',
      series: '俄罗斯企业家论坛',
      edition: 4,
      startDate: UNDATED,
      description: paragraphs(INTERNATIONAL_EVENTS, UNDATED_NOTE, SOURCE_NOTE),
    },
    en: { title: '4th Russian Entrepreneurs Forum', series: 'Russian Entrepreneurs Forum' },
  },
  {
    slug: 'east-asia-ocean-cooperation-platform-qingdao-forum',
    zh: {
      title: '东亚海洋合作平台青岛论坛',
      type: 'forum',
      startDate: UNDATED,
      description: paragraphs(INTERNATIONAL_EVENTS, UNDATED_NOTE, SOURCE_NOTE),
    },
    en: { title: 'East Asia Ocean Cooperation Platform Qingdao Forum' },
  },
  {
    slug: 'cross-strait-hk-macao-young-entrepreneurs-forum',
    zh: {
      title: '海峡两岸暨港澳中青年企业家创新创业发展论坛',
      type: 'forum',
      startDate: UNDATED,
      description: paragraphs(CROSS_STRAIT_EVENTS, UNDATED_NOTE, SOURCE_NOTE),
    },
    en: {
      title:
        'Cross-Strait, Hong Kong and Macao Forum of Young and Middle-aged Entrepreneurs on Innovation and Entrepreneurship',
    },
  },
  {
    slug: 'cross-strait-rural-revitalization-symposium',
    zh: {
      title: '海峡两岸乡村振兴学术研讨会',
      type: 'forum',
      startDate: UNDATED,
      description: paragraphs(CROSS_STRAIT_EVENTS, UNDATED_NOTE, SOURCE_NOTE),
    },
    en: { title: 'Cross-Strait Academic Symposium on Rural Revitalization' },
  },
  {
    slug: 'cast-annual-meeting-22',
    zh: {
      title: '第二十二届中国科协年会',
      type: 'annual-meeting',
      series: '中国科协年会',
      edition: 22,
      startDate: approximateDate(2020),
      venue: '青岛',
      description: paragraphs(
        '2020年，第二十二届中国科协年会在青岛成功举办，这是年会第一次落地山东、第一次在非省会城市举办，为我市科技创新搭建高端资源汇聚平台，极大提升了青岛在中国科技界的影响力。',
        '年会期间，青岛市科协将海洋强省、氢能及燃料电池、大科学计划等与青岛密切相关的发展课题列入院士团队调研课题，形成智库成果服务政府决策。',
        yearOnlyNote(2020),
        SOURCE_NOTE,
      ),
    },
    en: {
      title: '22nd Annual Meeting of the China Association for Science and Technology',
      series: 'CAST Annual Meeting',
      venue: 'Qingdao',
    },
  },
  {
    slug: 'qingdao-international-water-conference-9',
    zh: {
      title: '第九届青岛国际水大会',
      type: 'international-conference',
      series: '青岛国际水大会',
      edition: 9,
      startDate: UNDATED,
      description: paragraphs(CONFERENCE_SERIES, UNDATED_NOTE, SOURCE_NOTE),
    },
    en: {
      title: '9th Qingdao International Water Conference',
      series: 'Qingdao International Water Conference',
    },
  },
  {
    slug: 'world-marine-science-and-technology-conference-4',
    zh: {
      title: '第四届世界海洋科技大会',
      type: 'international-conference',
      series: '世界海洋科技大会',
      edition: 4,
      startDate: UNDATED,
      description: paragraphs(CONFERENCE_SERIES, UNDATED_NOTE, SOURCE_NOTE),
    },
    en: {
      title: '4th World Marine Science and Technology Conference',
      series: 'World Marine Science and Technology Conference',
    },
  },
  {
    // The series as one entry: the article counts 9 meetings but names none of them by year.
    slug: ACADEMIC_MEETING,
    zh: {
      title: '青岛市学术年会',
      type: 'annual-meeting',
      series: '青岛市学术年会',
      startDate: UNDATED,
      organizers: [{ name: '青岛市科学技术协会' }],
      description: paragraphs(
        ANNUAL_MEETINGS,
        '本条目代表青岛市学术年会系列；所列分会均为示例，原文未列出161场分会的名称。',
        UNDATED_NOTE,
        SOURCE_NOTE,
      ),
    },
    en: {
      title: 'Qingdao Academic Annual Meeting',
      series: 'Qingdao Academic Annual Meeting',
      organizers: [{ name: 'Qingdao Association for Science and Technology' }],
    },
  },
  exampleSession('marine', '海洋科技', 'Marine science and technology'),
  exampleSession('manufacturing', '智能制造', 'Smart manufacturing'),
  // Left in the review queue.
  exampleSession(
    'information',
    '新一代信息技术',
    'Next-generation information technology',
    'review',
  ),
]

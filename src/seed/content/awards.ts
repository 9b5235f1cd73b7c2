import type { DemoDocument } from '../ensureDocument'
import { paragraphs } from '../lexical'
import { ARTICLE_YEAR, EXAMPLE_NOTE, SOURCE_NOTE } from './notes'

const ORGANIZER = { zh: '青岛市科学技术协会', en: 'Qingdao Association for Science and Technology' }

export const YOUTH_AWARD = 'qingdao-youth-science-and-technology-award'
export const MOST_BEAUTIFUL = 'qingdao-most-beautiful-science-and-technology-workers'

export const DEMO_AWARDS: DemoDocument<'awards'>[] = [
  {
    slug: YOUTH_AWARD,
    zh: {
      name: '青岛市青年科技奖',
      organizer: ORGANIZER.zh,
      description: paragraphs(
        '青岛市科协开展青岛市青年科技奖评选，240名青年科技人才获此殊荣，并编印《青岛市青年科技奖获奖者风采录》，厚植识才、爱才、敬才、用才的浓厚氛围。',
        SOURCE_NOTE,
      ),
    },
    en: { name: 'Qingdao Youth Science and Technology Award', organizer: ORGANIZER.en },
  },
  {
    slug: MOST_BEAUTIFUL,
    zh: {
      name: '青岛最美科技工作者',
      organizer: ORGANIZER.zh,
      description: paragraphs(
        '青岛市科协组织“青岛最美科技工作者”选树宣传活动，40名优秀科技工作者入选；举办最美科技工作者发布仪式，培育“榜样的力量最美”科技工作者事迹宣讲品牌。',
        SOURCE_NOTE,
      ),
    },
    en: {
      name: 'Qingdao’s Most Beautiful Science and Technology Workers',
      organizer: ORGANIZER.en,
    },
  },
]

export type DemoAwardRecipient = Omit<DemoDocument<'award-recipients'>, 'zh'> & {
  awardSlug: string
  zh: Omit<DemoDocument<'award-recipients'>['zh'], 'award'>
}

/**
 * The article names no winner (it counts 240 and 40), and real-looking people must not be
 * invented: these are placeholders whose every name says 示例 / example.
 */
const exampleCitation = (count: string) =>
  paragraphs(`${EXAMPLE_NOTE}原文只给出${count}，未列出获奖者姓名。`, SOURCE_NOTE)

export const DEMO_AWARD_RECIPIENTS: DemoAwardRecipient[] = [
  {
    slug: 'example-recipient-youth-award',
    awardSlug: YOUTH_AWARD,
    zh: {
      name: '示例获奖者（示例）',
      year: ARTICLE_YEAR,
      citation: exampleCitation('获奖总人数（240名）'),
    },
    en: { name: 'Sample recipient (example)' },
  },
  {
    slug: 'example-recipient-most-beautiful',
    awardSlug: MOST_BEAUTIFUL,
    // Left in the review queue.
    stage: 'review',
    zh: {
      name: '示例获奖者乙（示例）',
      year: ARTICLE_YEAR,
      citation: exampleCitation('入选总人数（40名）'),
    },
    en: { name: 'Sample recipient B (example)' },
  },
]

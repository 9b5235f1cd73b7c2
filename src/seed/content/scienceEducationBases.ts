import type { DemoDocument } from '../ensureDocument'
import { paragraphs } from '../lexical'
import { SOURCE_NOTE, levelNote } from './notes'

/**
 * The halls and venues the article names. `level` is required but the article gives none for
 * them, so each says which level was assumed: 市级 for Qingdao's own halls, 社区科普馆 for the
 * hall aided in Shigatse. `kind` and `district` only where the article (or the name) says so.
 */
export const DEMO_SCIENCE_EDUCATION_BASES: DemoDocument<'science-education-bases'>[] = [
  {
    slug: 'qingdao-science-and-technology-museum-new',
    zh: {
      name: '青岛科技馆新馆',
      level: 'municipal',
      kind: 'science-museum',
      description: paragraphs(
        '青岛科技馆新馆加快建设，科普基础设施建设步伐加快迈进。',
        levelNote('市级'),
        SOURCE_NOTE,
      ),
    },
    en: { name: 'Qingdao Science and Technology Museum (new building)' },
  },
  {
    slug: 'qingdao-west-coast-new-area-science-museum',
    zh: {
      name: '青岛西海岸新区科技馆',
      level: 'municipal',
      kind: 'science-museum',
      district: 'huangdao',
      description: paragraphs('青岛西海岸新区科技馆完成主体封顶。', levelNote('市级'), SOURCE_NOTE),
    },
    en: { name: 'Qingdao West Coast New Area Science and Technology Museum' },
  },
  {
    slug: 'hisense-discovery-center',
    zh: {
      name: '海信探索中心',
      level: 'municipal',
      kind: 'social-science-museum',
      description: paragraphs(
        '青岛市科协支持海信探索中心等3家社会化科技馆改造升级为综合性区域科技场馆，广泛开展公益性开放和科学体验活动。',
        levelNote('市级'),
        SOURCE_NOTE,
      ),
    },
    en: { name: 'Hisense Discovery Center' },
  },
  {
    slug: 'sangzhuzi-marine-science-hall',
    zh: {
      name: '日喀则桑珠孜区海洋科普馆',
      level: 'community',
      district: 'outside-qingdao',
      themes: ['marine'],
      description: paragraphs(
        '青岛市科协援建西藏日喀则桑珠孜区海洋科普馆，为当地青少年“量身定制”海洋生物标本和科普互动仪器，将海洋强国的种子播撒在雪域高原。',
        levelNote('社区科普馆'),
        SOURCE_NOTE,
      ),
    },
    en: { name: 'Marine Science Hall, Samzhubzê District, Shigatse' },
  },
  {
    slug: 'qingdao-aquarium',
    zh: {
      name: '青岛水族馆',
      level: 'municipal',
      themes: ['marine'],
      description: paragraphs(
        '我国第一座水族馆。青岛市科协与央视科教频道共同策划原创科普节目，实地探访青岛水族馆，播放量超过6400万人次。',
        levelNote('市级'),
        SOURCE_NOTE,
      ),
    },
    en: { name: 'Qingdao Aquarium' },
  },
]

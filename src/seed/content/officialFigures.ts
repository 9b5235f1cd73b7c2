import { ARTICLE_AS_OF, ARTICLE_CITATION } from './article'

export type DemoFigure = {
  /** Downstream sites look figures up by this key; the seed matches on it. */
  key: string
  value: number
  /** 余 / 超过 in the article: "at least". */
  isLowerBound?: boolean
  zh: { label: string; unit?: string }
  en: { label: string; unit?: string }
}

/** Every figure cites the article, and says that its as-of date is an approximation. */
export const FIGURE_SOURCE = {
  zh: `${ARTICLE_CITATION.zh}（原文未注明日期，截至日期为近似值）`,
  en: `${ARTICLE_CITATION.en} (undated; the as-of date is approximate)`,
}
export const FIGURE_AS_OF = ARTICLE_AS_OF

const figure = (
  key: string,
  value: number,
  zh: [label: string, unit: string],
  en: [label: string, unit: string],
  isLowerBound = false,
): DemoFigure => ({
  key,
  value,
  isLowerBound,
  zh: { label: zh[0], unit: zh[1] },
  en: { label: en[0], unit: en[1] },
})

/** Every statistic the article states, in its order, with the value written out in full. */
export const DEMO_FIGURES: DemoFigure[] = [
  // 聚焦高端学术交流
  figure(
    'overseas-talents',
    70,
    ['来青创新创业的海外人才', '名'],
    ['Overseas talents brought to Qingdao', 'people'],
  ),
  figure(
    'academic-annual-meetings',
    9,
    ['青岛市学术年会', '场'],
    ['Qingdao academic annual meetings held', 'meetings'],
  ),
  figure(
    'academic-annual-meeting-sessions',
    161,
    ['学术年会分会', '场'],
    ['Annual meeting sub-sessions', 'sessions'],
  ),
  figure(
    'national-society-events-hosted',
    10,
    ['来青举办学术活动的全国学会', '家'],
    ['National societies holding academic events in Qingdao', 'societies'],
    true,
  ),
  // 聚焦科普阵地建设
  figure(
    'national-bases',
    14,
    ['国家级科普教育基地', '家'],
    ['National science education bases', 'bases'],
  ),
  figure(
    'provincial-bases',
    58,
    ['省级科普教育基地', '家'],
    ['Provincial science education bases', 'bases'],
  ),
  figure(
    'municipal-bases',
    256,
    ['市级科普教育基地', '家'],
    ['Municipal science education bases', 'bases'],
  ),
  figure(
    'community-campus-halls',
    67,
    ['社区（校园）科普馆', '家'],
    ['Community and campus science halls', 'halls'],
  ),
  figure(
    'social-science-museums-upgraded',
    3,
    ['改造升级的社会化科技馆', '家'],
    ['Privately run science museums upgraded', 'museums'],
  ),
  figure(
    'cctv-program-views',
    64_000_000,
    ['央视原创科普节目播放量', '人次'],
    ['Views of the original CCTV science program', 'views'],
    true,
  ),
  figure(
    'marine-livestream-plays',
    1_689_300,
    ['海洋科普直播累计点播量', '次'],
    ['Plays of the marine science live streams', 'plays'],
  ),
  figure(
    'smart-tv-households',
    2_000_000,
    ['“科普青岛·智慧电视”覆盖有线用户', '户'],
    ['Cable households reached by the science-on-demand TV platform', 'households'],
  ),
  figure(
    'volunteer-teams',
    374,
    ['科技志愿服务队', '支'],
    ['Science and technology volunteer teams', 'teams'],
  ),
  figure(
    'volunteers',
    30_000,
    ['投身科普事业的科技工作者', '名'],
    ['Science and technology workers volunteering in science popularization', 'people'],
    true,
  ),
  figure(
    'emergency-outreach-reach',
    2_486_000,
    ['“抗疫有我·科普在行动”惠及公众', '人次'],
    ['People reached by the pandemic science outreach', 'person-times'],
  ),
  // 聚焦服务科学决策
  figure(
    'think-tank-experts',
    400,
    ['科技创新智库专家', '人'],
    ['Science and technology think-tank experts', 'experts'],
    true,
  ),
  figure(
    'provincial-think-tank-experts',
    35,
    ['入选山东省高端智库专家队伍', '人'],
    ['Experts selected for Shandong’s high-level think tank', 'experts'],
  ),
  figure(
    'decision-consulting-trainings',
    4,
    ['决策咨询工作培训班', '期'],
    ['Decision-consulting training courses', 'courses'],
  ),
  // 聚焦深化改革创新
  figure(
    'excellent-societies-supported',
    20,
    ['激励扶持的优秀学会', '个'],
    ['Outstanding societies supported', 'societies'],
  ),
  figure(
    'distinctive-societies-supported',
    11,
    ['激励扶持的特色学会', '个'],
    ['Distinctive societies supported', 'societies'],
  ),
  figure(
    'societies-rated-3a-or-above',
    38,
    ['社会组织等级评估3A以上的学会', '家'],
    ['Societies rated 3A or above', 'societies'],
  ),
  figure(
    'district-associations',
    10,
    ['独立建制的区市科协', '个'],
    ['District associations with their own establishment', 'associations'],
  ),
  figure(
    'town-street-associations',
    136,
    ['成立科协组织的镇街', '个'],
    ['Towns and subdistricts with an association', 'towns/subdistricts'],
  ),
  figure(
    'university-associations',
    19,
    ['高校科协', '家'],
    ['University associations', 'associations'],
  ),
  figure(
    'enterprise-associations',
    243,
    ['企业科协', '家'],
    ['Enterprise associations', 'associations'],
  ),
  // 聚焦思想政治引领
  figure(
    'youth-award-winners',
    240,
    ['青岛市青年科技奖获奖者', '名'],
    ['Qingdao Youth Science and Technology Award winners', 'people'],
  ),
  figure(
    'most-beautiful-workers',
    40,
    ['入选“青岛最美科技工作者”', '名'],
    ['Qingdao’s Most Beautiful Science and Technology Workers selected', 'people'],
  ),
  // 聚焦科技经济融合
  figure(
    'water-conference-editions',
    9,
    ['青岛国际水大会', '届'],
    ['Qingdao International Water Conferences held', 'editions'],
  ),
  figure(
    'marine-conference-editions',
    4,
    ['世界海洋科技大会', '届'],
    ['World Marine Science and Technology Conferences held', 'editions'],
  ),
  figure(
    'national-societies-serving-enterprises',
    30,
    ['为企业开展科技服务的全国学会', '家'],
    ['National societies serving Qingdao enterprises', 'societies'],
    true,
  ),
  figure(
    'national-society-enterprise-services',
    60,
    ['全国学会来青开展企业园区科技服务', '场次'],
    ['Services by national societies in enterprise parks', 'events'],
    true,
  ),
  figure(
    'enterprises-served',
    1_000,
    ['服务企业', '家'],
    ['Enterprises served', 'enterprises'],
    true,
  ),
  figure(
    'joint-research-projects',
    120,
    ['联合开展项目攻关', '项'],
    ['Joint research projects', 'projects'],
    true,
  ),
  figure(
    'kechuang-china-trainings',
    20,
    ['“科创中国”培训', '场次'],
    ['“Sci-Tech China” training sessions', 'sessions'],
    true,
  ),
  figure(
    'kechuang-china-enterprises',
    630,
    ['进驻“科创中国”平台的企业', '家'],
    ['Enterprises on the “Sci-Tech China” platform', 'enterprises'],
    true,
  ),
  figure(
    'overseas-patent-enterprises',
    180,
    ['利用海外专利信息资源的企业', '家'],
    ['Enterprises using overseas patent information', 'enterprises'],
    true,
  ),
  figure(
    'golden-bridge-projects',
    581,
    ['“金桥工程”累计立项', '项'],
    ['“Golden Bridge” projects approved', 'projects'],
  ),
  figure(
    'golden-bridge-excellent-projects',
    5,
    ['“金桥工程”优秀项目', '个'],
    ['“Golden Bridge” projects rated excellent', 'projects'],
  ),
]

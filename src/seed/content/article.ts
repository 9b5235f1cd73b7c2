import type { CategoryKey } from './categories'

/**
 * The one source of the demo content: the feature 《青岛市科协搭建平台注入人才活水，筑巢引凤激发创新活力
 * “科学家精神”在这里熠熠生辉》 (观海新闻/青岛晚报), as the association supplied it.
 *
 * Repairs, and nothing else: the supplied text writes 島 for 岛 and ASCII punctuation (a conversion
 * artefact: readers, and search for 青岛, expect the usual forms); its last paragraph had been cut
 * after "等" and the rest ("系列活动，服务企业千余家……") placed near the top, so it is joined again;
 * three short lines that only repeat section openings (photo captions, by their look) and the
 * byline, which sat between two sections, are not part of the body (the byline has its own fields).
 */
export const ARTICLE_BYLINE = '记者 高静文'
export const ARTICLE_SOURCE = '观海新闻/青岛晚报'

/**
 * The article carries no date. It speaks of 2020's CAST annual meeting as past and of deepening
 * 党史学习教育 (the 2021 campaign), so its figures are taken as of the end of 2021: an
 * approximation, and every figure's source says so.
 */
export const ARTICLE_AS_OF = '2021-12-31'

/** For fields that quote the article as their source (official figures, descriptions). */
export const ARTICLE_CITATION = {
  zh: '观海新闻/青岛晚报《青岛市科协搭建平台注入人才活水，筑巢引凤激发创新活力》',
  en: 'Guanhai News / Qingdao Evening News, “Qingdao Association for Science and Technology builds platforms that bring in fresh talent”',
}

export const ARTICLE_TITLE =
  '青岛市科协搭建平台注入人才活水，筑巢引凤激发创新活力 “科学家精神”在这里熠熠生辉'
export const ARTICLE_LEAD =
  '科技立则民族立，科技强则国家强。作为党和政府联系科学技术工作者的桥梁和纽带，在过去的十年中，青岛市科协牢记时代责任，勇攀新高峰，努力开创中国特色科技社团发展新格局的生动实践，激励广大科技工作者争做实现高水平科技自立自强的排头兵。认真履行“四服务”职责，搭平台、聚要素、优服务、助发展，为全市经济和社会发展做出积极贡献。'
export type ArticleSection = { category: CategoryKey; heading: string; paragraphs: string[] }

/** Its six sections, in order; each matches one news category. */
export const ARTICLE_SECTIONS: ArticleSection[] = [
  {
    category: 'academic-exchange',
    heading: '聚焦高端学术交流 为创新“注入活水”',
    paragraphs: [
      '科技自立自强是促进发展大局的根本支撑。为此，青岛市科协聚焦高端学术交流，为推进高水平科技自立自强注入源头活水。精心打造“第17届国际材联—亚洲材料大会”、俄罗斯第四届企业家论坛、东亚海洋合作平台青岛论坛等国际科技交流活动，举办海峡两岸暨港澳中青年企业家创新创业发展论坛、海峡两岸乡村振兴学术研讨会等民间学术交流活动，深化与上合组织成员国、“一带一路”沿线国家科技创新协作。对接海外高端智力，建设国家海外人才离岸创新创业基地，将青岛西海岸新区确定为核心试验区，建设海外创新驿站，吸引70名海外人才来青创新创业。',
      '与此同时，青岛市科协注重做好品牌培育，提高学术交流层次。举办青岛市学术年会9场，组织学术年会分会161场。为科技工作者搭建多学科跨领域交流平台。积极引入全国学会高端学术会议，中华口腔医学会、国际大地测量和地球物理学联合会、中国地质学会等10余家全国学会的学术活动先后在我市举办，为我市科技工作者拓宽高水平学术交流渠道。',
    ],
  },
  {
    category: 'science-popularization',
    heading: '聚焦科普阵地建设 提升全民科学素质',
    paragraphs: [
      '近年来，青岛市科协充分发挥科协系统组织优势、平台优势，不断强化科普阵地建设，优化科普资源配置，大力提升全民科学素质。青岛科技馆新馆加快建设，青岛西海岸新区科技馆完成主体封顶，科普基础设施建设步伐加快迈进。创建国家级科普教育基地14家，省级科普教育基地58家，市级科普教育基地256家，社区（校园）科普馆67家，基层科普场馆供给更加充分。支持海信探索中心等3家社会化科技馆，改造升级为综合性区域科技场馆，广泛开展公益性开放和科学体验活动。援建西藏日喀则桑珠孜区海洋科普馆，为当地青少年“量身定制”海洋生物标本和科普互动仪器，将海洋强国的种子播撒在雪域高原。',
      '搭建高水平科普宣传平台，与央视科教频道共同策划原创科普节目，实地探访我国第一座水族馆——青岛水族馆，播放量超过6400万人次。建成并启用全省首家海洋科普直播工作室，直播活动累计点播量达168.93万。建设“科普青岛·智慧电视”互动点播平台，供全市200万有线用户免费点播，科普服务有效辐射持续扩大。',
      '同时，青岛市科协聚力精品打造，活动体系日臻完善。大型科普活动组织力、动员力、保障力更加充分，全国科普日、大学生科技节、青少年科技创新大赛社会知晓度持续提升，科普大讲堂、科技节进校园等活动扎实开展。农村科普触角不断延伸，“送科技下乡”“美丽乡村智慧少年”“科普之春”等特色涉农科普活动成效显著。',
      '科普工作社会化进程不断提速，在全市成立374支科技志愿服务队，吸引3万余名科技工作者投身科普事业。深入实施“银龄科普行动”“蒲公英科普行动”“农民科普行动”，动员社会力量开展全过程联动，科普均衡化、协同化发展水平显著提升。着力构建快速响应、联动有力、平战结合的应急科普宣传机制，持续组织“抗疫有我·科普在行动”系列活动，开展科普知识精准推送，线上线下惠及公众248.6万人次。',
    ],
  },
  {
    category: 'think-tank',
    heading: '聚焦服务科学决策 为智库提供人才储备',
    paragraphs: [
      '人才是第一资源。国家科技创新力的根本源泉在于人，优化智库队伍，规范科技智库建设至关重要。为此，青岛市科协广泛吸纳专业能力突出、学术水平精湛、具备战略思维的专家，充实完善科技创新人才库。成立科技创新智库专家委员会，智库专家400余人，推荐35人入选山东省高端智库专家队伍，举办决策咨询工作培训班4期，邀请中国科协专家集中授课，系统提升科技工作者决策服务能力。',
      '第二十二届中国科协年会期间，青岛市科协将海洋强省、氢能及燃料电池、大科学计划等与青岛密切相关的发展课题列入院士团队调研课题，形成智库成果服务政府决策。邀请院士专家为青岛建设“一带一路”交通枢纽城市、打造工业互联网之都等提出建议对策。院士山东行期间，召开党政领导与院士专家座谈会，听取两院院士关于产业链打造、高校学科建设、人才政策等方面的意见建议，为我市布局战略科技力量贡献“院士之智”。',
    ],
  },
  {
    category: 'reform',
    heading: '聚焦深化改革创新 激发创新发展新活力',
    paragraphs: [
      '近年来，青岛市科协推动治理能力全面提升，激励扶持20个优秀学会、11个特色学会，38家学会在青岛市社会组织等级评估中达到3A以上等级，学会组织活力持续激发。同时推动基层科协组织覆盖全面扩大。10区市科协全部实现独立建制，各级科协工作保障能力有效提升。制定《青岛市全面提升基层科协组织力“N+1”工作实施方案》，在全市10区市136个镇街成立科协组织。高校科协和企业科协建设步伐加快，建设高校科协19家，在全省各地市中率先实现全覆盖，累计建设企业科协243家，有效接长服务手臂，完善工作链条。深入开展作风能力提升年活动，大力倡树“严、真、细、实、快”的工作要求，引领科协干部以“事争一流、唯旗是夺”的精神状态，夯实“四服务”能力建设，提高政治判断力、工作执行力、任务落实力和群众服务力。',
    ],
  },
  {
    category: 'ideological-guidance',
    heading: '聚焦思想政治引领 用榜样激发奋进动力',
    paragraphs: [
      '为强化理论武装，全面筑牢思想根基，青岛市科协建立健全“不忘初心、牢记使命”长效机制，深化党史学习教育，在全市科技界持续开展“众心向党、自立自强、科技报国”主题实践活动，强化价值引领，高扬爱国奋斗主旋律。以全国科技工作者日、改革开放40周年座谈等大型活动为纽带，开展丰富多样的科学家精神宣讲进基层活动，组织科学家精神系列巡展，举办“致敬科技工作者”主题灯光秀活动，开设《科学你好》《科技对话青春》等融媒体宣传栏目，生动讲述新时代科学家科技报国的先进事迹。在全市科技界加强学风建设，凝聚促进科技事业健康发展的强大精神动力。',
      '典型引领是鼓舞激励创新争先的有力载体，为此，青岛市科协开展青岛市青年科技奖评选，240名青年科技人才获此殊荣，组织“青岛最美科技工作者”选树宣传活动，40名优秀科技工作者入选。举办最美科技工作者发布仪式，培育“榜样的力量最美”科技工作者事迹宣讲品牌，编印《青岛市青年科技奖获奖者风采录》，厚植识才、爱才、敬才、用才的浓厚氛围。',
    ],
  },
  {
    category: 'science-economy-integration',
    heading: '聚焦科技经济融合 为企业“筑巢引凤”',
    paragraphs: [
      '开辟“会展赛+科技智库”特色路径，汇聚高端科创资源。2020年，第二十二届中国科协年会在青岛成功举办，这是年会第一次落地山东、第一次在非省会城市举办，为我市科技创新搭建高端资源汇聚平台，极大提升了青岛在中国科技界的影响力。此外，连续举办9届青岛国际水大会、4届世界海洋科技大会，举办全球海洋人才、智能制造、新一代信息技术等系列创新创业大赛，推动一批人才、技术、产业项目落地青岛。',
      '企业是科技创新的主体，针对企业科技创新的难点痛点，青岛市科协精准链接创新要素，服务企业科技创新，赋能企业发展。青岛市科协主动对接30余家全国学会为我市企业开展科技服务。全国学会来青开展企业园区科技服务60余场次。打造“科技惠企·创新赋能”服务企业的市级品牌，组织市级学会区市行、科技服务团进企业、“送政策送专利送培训”等系列活动，服务企业千余家，联合开展项目攻关120余项，组织“科创中国”培训20余场次，指导630余家企业进驻“科创中国”平台，与各级学会专家开展技术服务对接，180余家企业利用海外专利信息资源，助力企业创新发展。实施“金桥工程”，累计完成立项581项，5个项目入选优秀项目，企业创新主体地位得以彰显。',
    ],
  },
]

/**
 * The title in English, close to the Chinese: 筑巢引凤 ("build the nest to attract the phoenix")
 * is kept as the image it is, the usual way of saying "create the conditions that draw talent".
 */
export const ARTICLE_TITLE_EN =
  'Qingdao Association for Science and Technology builds platforms that bring in fresh talent and builds nests to attract phoenixes, sparking innovation: the “spirit of scientists” shines here'

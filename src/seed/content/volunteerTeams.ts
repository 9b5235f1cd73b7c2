import type { DemoDocument } from '../ensureDocument'
import { paragraphs } from '../lexical'
import { EXAMPLE_NOTE, SOURCE_NOTE } from './notes'

type Campaign = 'dandelion' | 'farmers' | 'silver-age'

/**
 * The article names no team, only their number (374 teams, 3万余名 volunteers) and three
 * campaigns; so one clearly marked example team per campaign, with no invented details.
 */
const exampleTeam = (campaign: Campaign, zh: string, en: string) => ({
  slug: `example-${campaign}-volunteer-team`,
  zh: {
    name: `${zh}科普志愿服务队（示例）`,
    campaigns: [campaign],
    description: paragraphs(
      EXAMPLE_NOTE,
      `原文未列出具体服务队名称：全市成立374支科技志愿服务队，吸引3万余名科技工作者投身科普事业，深入实施“银龄科普行动”“蒲公英科普行动”“农民科普行动”。本示例队伍参与“${zh}科普行动”。`,
      SOURCE_NOTE,
    ),
  },
  en: { name: `${en} science volunteer team (example)` },
})

export const DEMO_VOLUNTEER_TEAMS: DemoDocument<'volunteer-teams'>[] = [
  exampleTeam('silver-age', '银龄', 'Silver Age'),
  exampleTeam('dandelion', '蒲公英', 'Dandelion'),
  exampleTeam('farmers', '农民', 'Farmers'),
]

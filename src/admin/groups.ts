/**
 * Admin navigation groups. Payload groups entries by their translated label, so every collection
 * and global in a group must use the same object: share these instead of retyping them.
 */
export const navGroups = {
  content: { zh: '内容', en: 'Content' },
  events: { zh: '活动', en: 'Events' },
  sciencePopularization: { zh: '科普', en: 'Science popularization' },
  peopleAndAwards: { zh: '人物与奖项', en: 'People & awards' },
  system: { zh: '系统', en: 'System' },
} as const

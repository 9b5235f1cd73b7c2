import type { AwardRecipient } from '@/payload-types'

/** The recipient fields a roster sheet can fill, in the order an export writes them. */
export const ROSTER_FIELDS = [
  'name',
  'gender',
  'affiliation',
  'title',
  'discipline',
  'summary',
  'order',
  'photo',
] as const satisfies readonly (keyof AwardRecipient)[]

export type RosterField = (typeof ROSTER_FIELDS)[number]

export const isRosterField = (value: unknown): value is RosterField =>
  (ROSTER_FIELDS as readonly unknown[]).includes(value)

/** The header an export writes for each field (and the one error messages fall back to). */
export const EXPORT_HEADERS: Record<RosterField, string> = {
  name: '姓名',
  gender: '性别',
  affiliation: '工作单位',
  title: '职务/职称',
  discipline: '学科领域',
  summary: '简介',
  order: '排序',
  photo: '照片',
}

/**
 * Headers recognised without a mapping, as the association's sheets and common templates write
 * them (compared after `normalizeHeader`). English names are accepted for sheets made abroad.
 */
const KNOWN_HEADERS: Record<RosterField, string[]> = {
  name: ['姓名', '名字', '获奖者', '获奖人', 'name'],
  gender: ['性别', 'gender', 'sex'],
  affiliation: [
    '工作单位',
    '单位',
    '所在单位',
    '工作单位及职务',
    'affiliation',
    'organisation',
    'organization',
  ],
  title: ['职务/职称', '职务', '职称', '职务职称', '职务、职称', 'title', 'position'],
  discipline: ['学科领域/专业', '学科领域', '学科', '专业', '研究领域', 'discipline'],
  summary: ['简介', '个人简介', 'summary', 'bio'],
  order: ['排序', '序号', '顺序', 'order', 'no.', 'no'],
  photo: ['照片', '照片文件', 'photo'],
}

/**
 * Header text as people type it: surrounding and inner spaces (also full-width), a required-column
 * asterisk, full-width slashes and letter case do not matter.
 */
export const normalizeHeader = (header: string): string =>
  header
    .normalize('NFKC')
    .replace(/[\s\u3000*＊]/g, '')
    .replace(/[／]/g, '/')
    .toLowerCase()

const HEADER_LOOKUP = new Map<string, RosterField>(
  ROSTER_FIELDS.flatMap((field) =>
    KNOWN_HEADERS[field].map((header) => [normalizeHeader(header), field] as const),
  ),
)

/** The field a sheet header fills, by the admin's mapping first, then by the known headers. */
export const fieldForHeader = (
  header: string,
  mapping: Map<string, RosterField | null>,
): RosterField | null | undefined => {
  const key = normalizeHeader(header)
  if (mapping.has(key)) return mapping.get(key)
  return HEADER_LOOKUP.get(key)
}

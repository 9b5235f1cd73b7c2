/** `{ ids: [...] }` or `{ all: true }`, and nothing else. */
export type MarkReadBody = { all: true } | { ids: string[] }

export const MAX_IDS = 250

/** The body of `POST /api/notifications/mark-read`, or what is wrong with it (in Chinese). */
export const parseMarkReadBody = (raw: string): MarkReadBody | { problem: string } => {
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return { problem: '请求体须为 JSON：{ "ids": [...] } 或 { "all": true }' }
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    return { problem: '请求体须为 JSON 对象：{ "ids": [...] } 或 { "all": true }' }
  }
  const { ids, all, ...rest } = json as Record<string, unknown>
  const unknown = Object.keys(rest)
  if (unknown.length > 0) return { problem: `未知的字段：${unknown.join('、')}` }
  if (all !== undefined && ids !== undefined) return { problem: 'ids 与 all 只能给出其一' }
  if (all !== undefined) return all === true ? { all: true } : { problem: 'all 只能为 true' }
  if (
    !Array.isArray(ids) ||
    ids.length === 0 ||
    ids.length > MAX_IDS ||
    !ids.every((id) => typeof id === 'string' && id.length > 0 && id.length <= 64)
  ) {
    return { problem: `ids 须为 1 到 ${MAX_IDS} 个通知 ID（字符串）的数组` }
  }
  return { ids: [...new Set(ids as string[])] }
}

import type { Payload } from 'payload'

import type { OfficialFigure } from '@/payload-types'

import type { DemoFigure } from './content/officialFigures'
import { FIGURE_AS_OF, FIGURE_SOURCE } from './content/officialFigures'
import { emptyFieldsToFill, readGlobal, writeGlobal } from './fillGlobal'

type FigureRow = NonNullable<OfficialFigure['figures']>[number]

const rowsOf = (global: Record<string, unknown>) => (global.figures as FigureRow[] | null) ?? []

/**
 * Adds the figures whose key is not in the global yet, then writes the English of the demo
 * figures where it is still empty. Rows an editor added or changed stay as they are (matched by
 * key, compared field by field). Returns how many figures were added.
 */
export const ensureOfficialFigures = async (
  payload: Payload,
  figures: DemoFigure[],
): Promise<number> => {
  const rows = rowsOf(await readGlobal(payload, 'official-figures', 'zh'))
  const keys = new Set(rows.map((row) => row.key))
  const missing = figures.filter(({ key }) => !keys.has(key))
  if (missing.length) {
    const added = missing.map(({ key, value, isLowerBound = false, zh }) => ({
      key,
      value,
      isLowerBound,
      label: zh.label,
      unit: zh.unit,
      source: FIGURE_SOURCE.zh,
      asOf: FIGURE_AS_OF,
    }))
    await writeGlobal(payload, 'official-figures', 'zh', { figures: [...rows, ...added] })
  }

  const byKey = new Map(figures.map((figure) => [figure.key, figure]))
  let isTranslated = false
  const enRows = rowsOf(await readGlobal(payload, 'official-figures', 'en')).map((row) => {
    const figure = byKey.get(row.key)
    if (!figure) return row
    const patch = emptyFieldsToFill(row, { ...figure.en, source: FIGURE_SOURCE.en })
    if (!patch) return row
    isTranslated = true
    return { ...row, ...patch }
  })
  if (isTranslated) await writeGlobal(payload, 'official-figures', 'en', { figures: enRows })
  return missing.length
}

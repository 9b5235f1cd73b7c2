import { describe, expect, it } from '@jest/globals'
import type { FlattenedField } from 'payload'

import { rowOnlyUpdate } from '@/workflow/releases/rowUpdate'

// A recipient's shape as the SQL adapters store it: row columns, localized columns, a group on
// the row holding an array of its own table.
const fields = [
  { name: 'name', type: 'text', localized: true },
  { name: 'year', type: 'number' },
  { name: 'tags', type: 'text', hasMany: true },
  {
    name: 'workflow',
    type: 'group',
    flattenedFields: [
      { name: 'revision', type: 'number' },
      { name: 'approvals', type: 'array', flattenedFields: [{ name: 'level', type: 'number' }] },
    ],
  },
] as unknown as FlattenedField[]

const stored = {
  name: { zh: '张三', en: 'Zhang San' },
  year: 2026,
  tags: ['a'],
  workflow: { revision: 1, approvals: [] },
}

describe('rowOnlyUpdate', () => {
  it('leaves out localized, many-valued and array fields the row already holds; keeps row fields', () => {
    const data = { ...stored, year: 2026, workflow: { revision: 2, approvals: [] }, _status: 'x' }
    expect(rowOnlyUpdate(fields, data, stored)).toEqual({
      year: 2026,
      workflow: { revision: 2 },
      _status: 'x',
    })
  })

  it('is null when a localized value changed in any locale', () => {
    const data = { ...stored, name: { zh: '张三', en: 'San Zhang' } }
    expect(rowOnlyUpdate(fields, data, stored)).toBeNull()
  })

  it('is null when an array inside a group changed, or a many-valued field did', () => {
    const approvals = [{ id: 'r1', level: 1 }]
    expect(
      rowOnlyUpdate(fields, { ...stored, workflow: { revision: 2, approvals } }, stored),
    ).toBeNull()
    expect(rowOnlyUpdate(fields, { ...stored, tags: ['a', 'b'] }, stored)).toBeNull()
  })

  it('treats a value missing from the row as empty, not as a change to empty', () => {
    const { tags: _tags, ...withoutTags } = stored
    expect(rowOnlyUpdate(fields, { ...stored, tags: null }, withoutTags)).toEqual({
      year: 2026,
      workflow: { revision: 1 },
    })
  })
})

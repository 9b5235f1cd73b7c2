import type { GroupField, NumberField, NumberFieldSingleValidation } from 'payload'
import gcoord from 'gcoord'
import { validations } from 'payload'

import { kexieT } from '@/i18n/t'

/**
 * Both coordinates or neither, each within its range. Payload's own messages for min/max name
 * no field ("… 小于允许的最小 值 …"), hence ours.
 */
const coordinate =
  (other: 'latitude' | 'longitude'): NumberFieldSingleValidation =>
  (value, options) => {
    const t = kexieT(options.req)
    const { max, min, siblingData } = options
    const hasValue = typeof value === 'number'
    const otherValue = (siblingData as Record<string, unknown>)[other]
    if (hasValue !== (typeof otherValue === 'number')) return t('kexie:coordinatesIncomplete')
    if (hasValue && typeof min === 'number' && typeof max === 'number') {
      if (value < min || value > max) return t('kexie:outOfRange', { min, max })
    }
    return validations.number(value, options)
  }

const coordinateField = (
  name: 'latitude' | 'longitude',
  label: NumberField['label'],
  range: number,
  other: 'latitude' | 'longitude',
) =>
  ({
    name,
    label,
    type: 'number',
    min: -range,
    max: range,
    validate: coordinate(other),
    admin: { step: 0.000001, width: '50%' },
  }) satisfies NumberField

/**
 * A map position as two named numbers (WGS 84, the system GPS and most map SDKs use).
 * Not Payload's `point` field: on PostgreSQL that needs the PostGIS extension, which a plain
 * PostgreSQL server (and the test cluster) lacks, and SQLite cannot run its near/within queries
 * anyway. Plain numbers work on every adapter and still allow bounding-box queries.
 */
export const locationField = ({ name = 'location' }: { name?: string } = {}) =>
  ({
    name,
    type: 'group',
    label: { zh: '坐标', en: 'Location' },
    admin: {
      description: {
        zh: 'WGS 84 经纬度（如青岛水族馆 经度 120.3826、纬度 36.0557），用于地图展示。',
        en: 'WGS 84 coordinates (e.g. longitude 120.3826, latitude 36.0557), for maps.',
      },
    },
    fields: [
      {
        type: 'row',
        fields: [
          coordinateField('longitude', { zh: '经度', en: 'Longitude' }, 180, 'latitude'),
          coordinateField('latitude', { zh: '纬度', en: 'Latitude' }, 90, 'longitude'),
        ],
      },
    ],
  }) satisfies GroupField

type Coordinates = { longitude?: null | number; latitude?: null | number }

/** Six decimals: about 0.1 m, what the stored WGS 84 values carry. */
const rounded = (value: number) => Math.round(value * 1e6) / 1e6

/**
 * The same position in GCJ-02, the system AMap (高德), Tencent Maps and other maps licensed in
 * China expect: a WGS 84 point drawn on them lands 300–500 m off. Computed on read from `from`
 * (the stored WGS 84 group, which stays the one source), never stored; `gcoord` does the
 * conversion (outside China it returns the point unchanged, as GCJ-02 defines).
 */
export const gcj02LocationField = ({
  name = 'locationGcj02',
  from = 'location',
}: { name?: string; from?: string } = {}) =>
  ({
    name,
    type: 'group',
    virtual: true,
    label: { zh: '国内地图坐标', en: 'Location (GCJ-02)' },
    admin: { hidden: true, disableListColumn: true, disableListFilter: true },
    hooks: {
      afterRead: [
        ({ siblingData }) => {
          const source = (siblingData as Record<string, Coordinates | undefined>)[from]
          const { longitude, latitude } = source ?? {}
          if (typeof longitude !== 'number' || typeof latitude !== 'number') {
            return { longitude: null, latitude: null }
          }
          const [lng, lat] = gcoord.transform([longitude, latitude], gcoord.WGS84, gcoord.GCJ02)
          return { longitude: rounded(lng), latitude: rounded(lat) }
        },
      ],
    },
    // Computed on read: nothing to filter on, nor a second column beside the stored position.
    fields: [
      {
        name: 'longitude',
        type: 'number',
        virtual: true,
        label: { zh: '经度', en: 'Longitude' },
        admin: { disableListColumn: true, disableListFilter: true },
      },
      {
        name: 'latitude',
        type: 'number',
        virtual: true,
        label: { zh: '纬度', en: 'Latitude' },
        admin: { disableListColumn: true, disableListFilter: true },
      },
    ],
  }) satisfies GroupField

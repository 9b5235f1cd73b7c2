import type { SelectField } from 'payload'

/**
 * Qingdao's ten districts and county-level cities, plus halls the city built or aided elsewhere
 * (e.g. the marine science hall in 桑珠孜区, Shigatse). Values are API: downstream sites filter on them.
 */
export const DISTRICTS = [
  { value: 'shinan', label: { zh: '市南区', en: 'Shinan District' } },
  { value: 'shibei', label: { zh: '市北区', en: 'Shibei District' } },
  { value: 'licang', label: { zh: '李沧区', en: 'Licang District' } },
  { value: 'laoshan', label: { zh: '崂山区', en: 'Laoshan District' } },
  {
    value: 'huangdao',
    label: { zh: '西海岸新区（黄岛区）', en: 'West Coast New Area (Huangdao District)' },
  },
  { value: 'chengyang', label: { zh: '城阳区', en: 'Chengyang District' } },
  { value: 'jimo', label: { zh: '即墨区', en: 'Jimo District' } },
  { value: 'jiaozhou', label: { zh: '胶州市', en: 'Jiaozhou' } },
  { value: 'pingdu', label: { zh: '平度市', en: 'Pingdu' } },
  { value: 'laixi', label: { zh: '莱西市', en: 'Laixi' } },
  { value: 'outside-qingdao', label: { zh: '青岛市外', en: 'Outside Qingdao' } },
] as const

export type District = (typeof DISTRICTS)[number]['value']

/** The `district` select shared by events, science education bases and volunteer teams. */
export const districtField = (overrides: Pick<SelectField, 'admin' | 'required'> = {}) =>
  ({
    name: 'district',
    type: 'select',
    label: { zh: '所在区市', en: 'District' },
    options: DISTRICTS.map(({ value, label }) => ({ value, label })),
    index: true,
    ...overrides,
  }) satisfies SelectField

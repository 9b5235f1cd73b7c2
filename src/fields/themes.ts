import type { SelectField } from 'payload'

/** Subject areas of science popularization; bases have themes, volunteer teams focus areas. */
export const SCIENCE_THEMES = [
  { value: 'marine', label: { zh: '海洋', en: 'Marine science' } },
  { value: 'aerospace', label: { zh: '航空航天', en: 'Aerospace' } },
  { value: 'life-health', label: { zh: '生命与健康', en: 'Life and health' } },
  { value: 'agriculture', label: { zh: '农业', en: 'Agriculture' } },
  { value: 'ecology', label: { zh: '生态环境', en: 'Ecology and environment' } },
  { value: 'earth', label: { zh: '地球科学', en: 'Earth sciences' } },
  { value: 'energy', label: { zh: '能源', en: 'Energy' } },
  { value: 'information', label: { zh: '信息技术', en: 'Information technology' } },
  { value: 'manufacturing', label: { zh: '智能制造', en: 'Smart manufacturing' } },
  { value: 'transport', label: { zh: '交通', en: 'Transport' } },
  { value: 'weather-disaster', label: { zh: '气象与防灾减灾', en: 'Weather and disaster risk' } },
  { value: 'emergency', label: { zh: '应急安全', en: 'Emergency and safety' } },
  { value: 'astronomy', label: { zh: '天文', en: 'Astronomy' } },
  { value: 'history-culture', label: { zh: '科技史与文化', en: 'History of science' } },
  { value: 'general', label: { zh: '综合', en: 'General science' } },
] as const

export const themesField = ({ name, label }: Pick<SelectField, 'label' | 'name'>) =>
  ({
    name,
    label,
    type: 'select',
    hasMany: true,
    options: SCIENCE_THEMES.map(({ value, label: optionLabel }) => ({ value, label: optionLabel })),
  }) satisfies SelectField

import type { Locale } from '../i18n/messages'

type Label = { readonly zh: string; readonly en: string }

/** The names of the platforms (7+N) and categories the district's teams use today, by code. */
const platforms: Readonly<Record<string, Label>> = {
  theory: { zh: '理论宣讲平台', en: 'Theory outreach' },
  education: { zh: '教育服务平台', en: 'Education' },
  culture: { zh: '文化服务平台', en: 'Culture' },
  science: { zh: '科技与科普服务平台', en: 'Science' },
  health_sport: { zh: '健身体育服务平台', en: 'Health and sport' },
  emergency: { zh: '应急服务平台', en: 'Emergency' },
  civility: { zh: '文明风尚服务平台', en: 'Civility' },
  elderly: { zh: '为老服务平台', en: 'Elderly care' },
  health: { zh: '卫生健康服务平台', en: 'Health' },
  community: { zh: '社区志愿服务', en: 'Community teams' },
}

const categories: Readonly<Record<string, Label>> = {
  theory: { zh: '理论宣讲', en: 'Theory talk' },
  policy: { zh: '政策解读', en: 'Policy explained' },
  education: { zh: '教育辅导', en: 'Education' },
  tutoring: { zh: '课业辅导', en: 'Tutoring' },
  culture: { zh: '文化活动', en: 'Cultural event' },
  performance: { zh: '文艺演出', en: 'Performance' },
  science: { zh: '科普讲座', en: 'Science talk' },
  technology: { zh: '智能手机教学', en: 'Smartphone help' },
  health: { zh: '健康义诊', en: 'Health check' },
  sport: { zh: '健身指导', en: 'Fitness coaching' },
  emergency: { zh: '应急救护培训', en: 'First aid training' },
  safety: { zh: '安全宣传', en: 'Safety outreach' },
  civility: { zh: '文明劝导', en: 'Civility persuasion' },
  environment: { zh: '环境整治', en: 'Clean-up' },
  elderly_care: { zh: '关爱老人', en: 'Elderly care' },
  housework: { zh: '家政帮扶', en: 'Housework help' },
}

const pick = (table: Readonly<Record<string, Label>>, code: string, locale: Locale): string => {
  const label = table[code]
  return label === undefined ? code : locale === 'en' ? label.en : label.zh
}

/** A platform's name in the console's language; an unknown code as it is. */
export const platformLabel = (code: string, locale: Locale): string => pick(platforms, code, locale)

/** A category's name in the console's language; an unknown code as it is. */
export const categoryLabel = (code: string | null, locale: Locale): string =>
  code === null ? '—' : pick(categories, code, locale)

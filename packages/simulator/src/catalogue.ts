import type { CatalogueEntry } from '@wenming/domain'
import { PLATFORMS } from './district-plan.js'
import { localInstant } from './local-time.js'
import type { SimulationContext } from './simulation-context.js'

const ADMIN = { id: 'district-admin', role: 'admin' }

/** The Chinese names of the simulated district's catalogue entries. */
const NAMES: Readonly<Record<string, string>> = {
  theory: '理论宣讲',
  policy: '政策解读',
  education: '教育服务',
  tutoring: '课业辅导',
  culture: '文化活动',
  performance: '文艺演出',
  science: '科普活动',
  technology: '数字技能培训',
  health: '健康义诊',
  sport: '全民健身指导',
  emergency: '应急救护培训',
  safety: '安全宣传',
  civility: '文明实践宣传',
  environment: '环境整治',
  elderly_care: '助老服务',
  housework: '家政便民服务',
}

/** One entry per category its teams serve; each asks how many people the service is for. */
const entry = (platform: string, code: string): CatalogueEntry => ({
  code,
  name: NAMES[code] ?? code,
  description: `${NAMES[code] ?? code}志愿服务`,
  platform,
  attributes: [
    {
      code: 'people',
      description: '服务人数（约）',
      datatype: 'number',
      required: false,
      values: [],
      order: 1,
    },
  ],
  orderableBy: 'residents',
})

/** Publishes the district's 服务菜单 on 1 January, once the centre is registered (S1). */
export const publishCatalogue = async (ctx: SimulationContext): Promise<void> => {
  const at = localInstant(ctx.year, 0, 8 * 60 + 30)
  for (const [platform, codes] of Object.entries(PLATFORMS)) {
    for (const code of codes) {
      await ctx.sender.must(
        ctx.domain.handleCatalogueCommand,
        {
          type: 'PublishCatalogueEntry',
          data: { districtId: ctx.plan.centre.id, entry: entry(platform, code) },
        },
        at,
        ADMIN,
        `catalogue-${code}`,
      )
    }
  }
}

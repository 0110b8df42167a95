import { describe, expect, it } from 'vitest'
import type { DispatchCandidate, DispatchOrderFacts } from './dispatch-candidate.js'
import { explainDispatchRanking } from './explain-dispatch-ranking.js'
import { rankDispatchCandidates } from './rank-dispatch-candidates.js'

const here = { latitude: 26.6417, longitude: 118.1778 }
const north = (meters: number) => ({ ...here, latitude: here.latitude + meters / 111_195 })

const order: DispatchOrderFacts = {
  orderId: 'order-1',
  siteId: 'site-a',
  siteLocation: here,
  clusterId: 'cluster-1',
  category: '义诊',
}

const base: DispatchCandidate = {
  teamId: 'team-a',
  status: 'active',
  categories: ['义诊'],
  capacity: 3,
  activeOrders: 1,
  homeSiteId: 'site-a',
  homeSiteLocation: north(300),
  isDistrictLevel: false,
  averageRating: 4.5,
}

describe('explainDispatchRanking', () => {
  it('says why each team stands where it does and why the others were left out', () => {
    const lines = explainDispatchRanking(
      rankDispatchCandidates(order, [
        base,
        {
          ...base,
          teamId: 'team-b',
          homeSiteId: 'site-b',
          clusterId: 'cluster-1',
          homeSiteLocation: north(2250),
        },
        { ...base, teamId: 'team-c', status: 'suspended', categories: ['法律'] },
      ]),
    )
    expect(lines).toEqual([
      '1. team-a：本站点队伍；步行约 4 分钟（300 米），在15分钟志愿服务圈内；还可接 2 单（共 3 单）；评分 4.5',
      '2. team-b：“五联共建”片区 cluster-1 共享队伍；步行约 30 分钟（2250 米），在15分钟志愿服务圈外；还可接 2 单（共 3 单）；评分 4.5。排在 team-a 之后：team-a 服务范围更近（本站点优先于片区，片区优先于区级）',
      '不可派 team-c：队伍状态为已暂停；不提供“义诊”类服务',
    ])
  })
})

import { match } from 'ts-pattern'
import type {
  DispatchRanking,
  ExclusionReason,
  RankingCriterion,
  RankingReason,
} from './dispatch-ranking.js'

const statusText = { active: '正常', suspended: '已暂停', dissolved: '已解散' } as const

const round = (value: number, digits = 0): string => value.toFixed(digits)

/** One ranking reason in the dispatcher's words (Chinese). */
export const describeRankingReason = (reason: RankingReason): string =>
  match(reason)
    .with({ type: 'ProjectTeam' }, (r) => `“${r.category}”是本队伍的获奖项目，全区承接`)
    .with({ type: 'LocalTeam' }, () => '本站点队伍')
    .with({ type: 'PooledInCluster' }, ({ clusterId }) => `“五联共建”片区 ${clusterId} 共享队伍`)
    .with({ type: 'InstituteTeam' }, ({ instituteId }) => `承办所 ${instituteId} 及其站点的队伍`)
    .with({ type: 'DistrictLevelTeam' }, () => '区级队伍')
    .with(
      { type: 'WithinServiceCircle' },
      (r) =>
        `步行约 ${round(r.walkingMinutes)} 分钟（${round(r.distanceMeters)} 米），在${r.circleMinutes}分钟志愿服务圈内`,
    )
    .with(
      { type: 'OutsideServiceCircle' },
      (r) =>
        `步行约 ${round(r.walkingMinutes)} 分钟（${round(r.distanceMeters)} 米），在${r.circleMinutes}分钟志愿服务圈外`,
    )
    .with({ type: 'CapacityLeft' }, (r) => `还可接 ${r.capacityLeft} 单（共 ${r.capacity} 单）`)
    .with({ type: 'Rated' }, (r) => `评分 ${round(r.averageRating, 1)}`)
    .with({ type: 'NotYetRated' }, () => '暂无评分')
    .exhaustive()

/** Why a team was left out, in the dispatcher's words (Chinese). */
export const describeExclusionReason = (reason: ExclusionReason): string =>
  match(reason)
    .with({ type: 'TeamNotActive' }, (r) => `队伍状态为${statusText[r.status]}`)
    .with({ type: 'CategoryNotServed' }, (r) => `不提供“${r.category}”类服务`)
    .with({ type: 'NoCapacityLeft' }, (r) => `已满负荷（${r.activeOrders}/${r.capacity} 单）`)
    .with({ type: 'OutOfReach' }, () => '不属本站点、本片区，也不是区级队伍')
    .with(
      { type: 'BeyondHolderReach' },
      (r) => `超出当前承办层级（${r.holder}）的派单范围，需先上报`,
    )
    .exhaustive()

const criterionText: Record<RankingCriterion, string> = {
  projectTeam: '是该服务所出自获奖项目的承接队伍',
  reach: '服务范围更近（本站点优先于片区，片区优先于区级）',
  serviceCircle: '在15分钟志愿服务圈内',
  capacityLeft: '剩余接单能力更多',
  rating: '评分更高',
  teamId: '与其条件相同，队伍编号在前',
}

/**
 * The whole suggestion as lines a dispatcher reads: each ranked team with its reasons and why the
 * team above it comes first, then each team left out with its reasons.
 *
 * @example
 * explainDispatchRanking(rankDispatchCandidates(order, candidates)).join('\n')
 */
export const explainDispatchRanking = (ranking: DispatchRanking): readonly string[] => [
  ...ranking.ranked.map((team) => {
    const why = team.reasons.map(describeRankingReason).join('；')
    const below =
      team.below === undefined
        ? ''
        : `。排在 ${team.below.teamId} 之后：${team.below.teamId} ${criterionText[team.below.criterion]}`
    return `${team.rank}. ${team.teamId}：${why}${below}`
  }),
  ...ranking.excluded.map(
    (team) => `不可派 ${team.teamId}：${team.reasons.map(describeExclusionReason).join('；')}`,
  ),
]

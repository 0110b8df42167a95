import {
  describeExclusionReason,
  describeRankingReason,
  type DispatchRanking,
} from '@wenming/domain'

/** A team's name, or undefined when the network directory has not seen it (yet). */
export type TeamNameOf = (teamId: string) => string | undefined

const metres = (value: number): number => Math.round(value)
const tenths = (value: number): number => Math.round(value * 10) / 10

/**
 * A dispatch suggestion as a dispatcher reads it: each team with its name, distance rounded to the
 * metre, minutes to a tenth, and its reasons as one Chinese sentence beside the reasons as data.
 */
export const describeSuggestions = (ranking: DispatchRanking, nameOf: TeamNameOf) => ({
  orderId: ranking.orderId,
  ranked: ranking.ranked.map((team) => {
    const teamName = nameOf(team.teamId) ?? team.teamId
    const above =
      team.below === undefined ? '' : `，排在${nameOf(team.below.teamId) ?? team.below.teamId}之后`
    return {
      ...team,
      teamName,
      distanceMeters: metres(team.distanceMeters),
      walkingMinutes: tenths(team.walkingMinutes),
      ...(team.averageRating === undefined ? {} : { averageRating: tenths(team.averageRating) }),
      explanation: `第${team.rank}位：${teamName}，${team.reasons.map(describeRankingReason).join('，')}${above}。`,
    }
  }),
  excluded: ranking.excluded.map((team) => {
    const teamName = nameOf(team.teamId) ?? team.teamId
    return {
      ...team,
      teamName,
      explanation: `${teamName}不可派：${team.reasons.map(describeExclusionReason).join('，')}。`,
    }
  }),
})

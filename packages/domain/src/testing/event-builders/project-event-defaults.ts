import type { ProjectEvent, ProjectRoundEvent } from '../../project/events.js'
import { defaultAt as at, defaultIds as ids, type EventDefaults } from './event-defaults.js'

/** Project `p-1` of `team-1` submitted to round `r-1`, scored by a judge, winning the round. */
export const projectEventDefaults: EventDefaults<ProjectEvent | ProjectRoundEvent> = {
  ProjectSubmitted: {
    projectId: 'p-1',
    districtId: ids.districtId,
    title: '银龄陪伴计划',
    description: '每周上门陪伴独居老人',
    category: 'health',
    teamId: ids.teamId,
    targetGroup: '独居老人',
    submittedBy: ids.actorId,
    at,
  },
  ProjectAwarded: { projectId: 'p-1', roundId: 'r-1', entryCode: 'project-p-1', at },
  ProjectRoundOpened: {
    roundId: 'r-1',
    districtId: ids.districtId,
    title: '2026年志愿服务项目大赛',
    openedBy: ids.actorId,
    at,
  },
  ProjectScored: { roundId: 'r-1', projectId: 'p-1', judgeId: 'judge-1', score: 90, at },
  ProjectRoundClosed: { roundId: 'r-1', winners: ['p-1'], closedBy: ids.actorId, at },
}

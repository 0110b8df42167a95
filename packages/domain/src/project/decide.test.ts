import { deciderSpecification } from '@wenming/event-store/testing'
import { describe, it } from 'vitest'
import { catalogueEntry, catalogueOf } from '../testing/catalogue-builders.js'
import { commandMetadata } from '../testing/scalar-arbitraries.js'
import type { ProjectEvent, ProjectRoundEvent } from './events.js'
import { projectDecider } from './project-decider.js'
import { projectRoundDecider, type ProjectRoundDeciderCommand } from './project-round-decider.js'
import type { ProjectState } from './state.js'

const t0 = '2026-04-01T08:00:00.000Z'
const givenProject = deciderSpecification(projectDecider)
const givenRound = deciderSpecification(projectRoundDecider)
const centre = commandMetadata(t0, 'centre-staff')
const judge = (id: string) => commandMetadata(t0, id)
const team = {
  teamId: 'team-1',
  homeSiteId: 'st-1',
  status: 'active' as const,
  categories: ['health'],
}
const catalogue = catalogueOf('centre', [catalogueEntry('health')])
const data = {
  projectId: 'p-1',
  title: '银龄健康驿站',
  description: '每周上门测血压',
  category: 'health',
  teamId: 'team-1',
  targetGroup: '独居老人',
}
const submitted: ProjectEvent = {
  type: 'ProjectSubmitted',
  data: { ...data, districtId: 'centre', submittedBy: 'st-admin', at: t0 },
}
const submittedState: ProjectState = {
  status: 'submitted',
  ...data,
  districtId: 'centre',
  entryCode: null,
}
const opened: ProjectRoundEvent = {
  type: 'ProjectRoundOpened',
  data: {
    roundId: 'r-1',
    districtId: 'centre',
    title: '2026 项目大赛',
    openedBy: 'centre-staff',
    at: t0,
  },
}
const scored = (judgeId: string, score: number): ProjectRoundEvent => ({
  type: 'ProjectScored',
  data: { roundId: 'r-1', projectId: 'p-1', judgeId, score, at: t0 },
})
const score = (
  judgeId: string,
  project: ProjectState = submittedState,
): ProjectRoundDeciderCommand => ({
  type: 'ScoreProject',
  data: { roundId: 'r-1', projectId: 'p-1', score: 88 },
  metadata: judge(judgeId),
  facts: { project },
})
const close = (winners: string[]): ProjectRoundDeciderCommand => ({
  type: 'CloseProjectRound',
  data: { roundId: 'r-1', winners },
  metadata: centre,
})

describe('SubmitProject (S4)', () => {
  it('records a project of the team’s district under an active catalogue entry', () => {
    givenProject()
      .when({
        type: 'SubmitProject',
        data,
        metadata: commandMetadata(t0, 'st-admin'),
        facts: { team, districtId: 'centre', catalogue },
      })
      .then([submitted])
  })

  it('refuses an unknown category, naming the closest entries', () => {
    givenProject()
      .when({
        type: 'SubmitProject',
        data: { ...data, category: 'healht' },
        metadata: centre,
        facts: { team, districtId: 'centre', catalogue },
      })
      .thenFails({
        type: 'CatalogueEntryUnknown',
        districtId: 'centre',
        code: 'healht',
        closest: ['health'],
      })
  })

  it('refuses a team that does not exist or is not active', () => {
    givenProject()
      .when({
        type: 'SubmitProject',
        data,
        metadata: centre,
        facts: { team: { ...team, status: 'suspended' }, districtId: 'centre', catalogue },
      })
      .thenFails({ type: 'ProjectTeamUnavailable', projectId: 'p-1', teamId: 'team-1' })
  })

  it('refuses a second submission under the same id', () => {
    givenProject([submitted])
      .when({
        type: 'SubmitProject',
        data,
        metadata: centre,
        facts: { team, districtId: 'centre', catalogue },
      })
      .thenFails({ type: 'ProjectAlreadySubmitted', projectId: 'p-1' })
  })
})

describe('competition rounds (S4)', () => {
  it('is opened by its district’s open centre', () => {
    const facts = {
      centre: {
        siteId: 'centre',
        level: 'center' as const,
        status: 'open' as const,
        clusterId: null,
      },
    }
    givenRound()
      .when({
        type: 'OpenProjectRound',
        data: { roundId: 'r-1', districtId: 'centre', title: '2026 项目大赛' },
        metadata: centre,
        facts,
      })
      .then([opened])
  })

  it('refuses a round of a district whose centre is not known', () => {
    givenRound()
      .when({
        type: 'OpenProjectRound',
        data: { roundId: 'r-1', districtId: 'st-1', title: 'x' },
        metadata: centre,
        facts: { centre: null },
      })
      .thenFails({ type: 'ProjectRoundDistrictUnavailable', districtId: 'st-1' })
  })

  it('lets each judge score a submitted project once', () => {
    givenRound([opened])
      .when(score('judge-1'))
      .then([scored('judge-1', 88)])
    givenRound([opened, scored('judge-1', 88)])
      .when(score('judge-1'))
      .thenFails({
        type: 'ProjectAlreadyScoredByJudge',
        roundId: 'r-1',
        projectId: 'p-1',
        judgeId: 'judge-1',
      })
    givenRound([opened, scored('judge-1', 88)])
      .when(score('judge-2'))
      .then([scored('judge-2', 88)])
  })

  it('refuses to score an unknown project, or one of another district', () => {
    givenRound([opened])
      .when(score('judge-1', { status: 'none' }))
      .thenFails({ type: 'ProjectNotFound', projectId: 'p-1' })
    givenRound([opened])
      .when(score('judge-1', { ...submittedState, districtId: 'centre-2' }))
      .thenFails({ type: 'ProjectNotInRoundDistrict', roundId: 'r-1', projectId: 'p-1' })
  })

  it('closes with scored winners only, and takes no score once closed', () => {
    givenRound([opened, scored('judge-1', 90)])
      .when(close(['p-1']))
      .then([
        {
          type: 'ProjectRoundClosed',
          data: { roundId: 'r-1', winners: ['p-1'], closedBy: 'centre-staff', at: t0 },
        },
      ])
    givenRound([opened, scored('judge-1', 90)])
      .when(close(['p-1', 'p-2']))
      .thenFails({ type: 'WinnerNotScored', roundId: 'r-1', projectId: 'p-2' })
    const closed: ProjectRoundEvent = {
      type: 'ProjectRoundClosed',
      data: { roundId: 'r-1', winners: ['p-1'], closedBy: 'c', at: t0 },
    }
    givenRound([opened, scored('judge-1', 90), closed])
      .when(score('judge-2'))
      .thenFails({ type: 'ProjectRoundClosed', roundId: 'r-1' })
    givenRound()
      .when(close(['p-1']))
      .thenFails({ type: 'ProjectRoundNotFound', roundId: 'r-1' })
  })
})

import type { WenmingEvent } from '@wenming/domain'
import { describe, expect, it } from 'vitest'
import { at } from '../domain-events.fixture.js'
import { runReadModel } from '../run-read-model.fixture.js'
import { projectLibrary } from './project-library-projection.js'
import { queryProjectLibrary, queryProjectRounds } from './query-project-library.js'

const submitted = (projectId: string, hour: number): WenmingEvent => ({
  type: 'ProjectSubmitted',
  data: {
    projectId,
    districtId: 'c0',
    title: `项目 ${projectId}`,
    description: '',
    category: 'health',
    teamId: `team-${projectId}`,
    targetGroup: '老人',
    submittedBy: 'admin',
    at: at(hour),
  },
})
const scored = (projectId: string, judgeId: string, score: number): WenmingEvent => ({
  type: 'ProjectScored',
  data: { roundId: 'r1', projectId, judgeId, score, at: at(5) },
})
const events: WenmingEvent[] = [
  submitted('p1', 1),
  submitted('p2', 2),
  {
    type: 'ProjectRoundOpened',
    data: { roundId: 'r1', districtId: 'c0', title: '大赛', openedBy: 'c', at: at(3) },
  },
  scored('p1', 'j1', 90),
  scored('p1', 'j2', 80),
  scored('p2', 'j1', 70),
  {
    type: 'ProjectRoundClosed',
    data: { roundId: 'r1', winners: ['p1'], closedBy: 'c', at: at(6) },
  },
  {
    type: 'ProjectAwarded',
    data: { projectId: 'p1', roundId: 'r1', entryCode: 'project-p1', at: at(6) },
  },
]

describe('project library (S4)', () => {
  it('lists the projects newest first with their mean scores and the winner’s entry', async () => {
    const model = await runReadModel(projectLibrary, events)
    expect(
      queryProjectLibrary(model).map((p) => [p.projectId, p.status, p.averageScore, p.entryCode]),
    ).toEqual([
      ['p2', 'submitted', 70, null],
      ['p1', 'awarded', 85, 'project-p1'],
    ])
    expect(queryProjectLibrary(model, { status: 'awarded' }).map((p) => p.projectId)).toEqual([
      'p1',
    ])
  })

  it('lists the rounds with the projects scored in them and their winners', async () => {
    const model = await runReadModel(projectLibrary, events)
    expect(queryProjectRounds(model)).toEqual([
      {
        roundId: 'r1',
        districtId: 'c0',
        title: '大赛',
        status: 'closed',
        openedAt: at(3),
        closedAt: at(6),
        projectIds: ['p1', 'p2'],
        winners: ['p1'],
      },
    ])
  })
})

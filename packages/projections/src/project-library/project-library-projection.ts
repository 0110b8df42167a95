import {
  leanRowProjection,
  type LeanEvent,
  type ReadModel,
  type RowChange,
} from '@wenming/event-store'
import { asWenmingEvent } from '../as-wenming-event.js'
import type {
  ProjectLibraryRow,
  ProjectLibraryRows,
  ProjectRoundRow,
} from './project-library-rows.js'

type Change = RowChange<ProjectLibraryRows>

const project = (row: ProjectLibraryRow): Change[] => [
  { table: 'projects', key: row.projectId, row },
]
const round = (row: ProjectRoundRow): Change[] => [{ table: 'rounds', key: row.roundId, row }]

const changes = (model: ReadModel<ProjectLibraryRows>, recorded: LeanEvent): Change[] => {
  const event = asWenmingEvent(recorded)
  switch (event.type) {
    case 'ProjectSubmitted': {
      const { at, ...data } = event.data
      return project({
        ...data,
        submittedAt: at,
        status: 'submitted',
        entryCode: null,
        awardedInRound: null,
        scores: [],
      })
    }
    case 'ProjectAwarded': {
      const row = model.projects.get(event.data.projectId)
      return row === undefined
        ? []
        : project({
            ...row,
            status: 'awarded',
            entryCode: event.data.entryCode,
            awardedInRound: event.data.roundId,
          })
    }
    case 'ProjectRoundOpened':
      return round({
        roundId: event.data.roundId,
        districtId: event.data.districtId,
        title: event.data.title,
        status: 'open',
        openedAt: event.data.at,
        closedAt: null,
        projectIds: [],
        winners: [],
      })
    case 'ProjectScored': {
      const { roundId, projectId, judgeId, score } = event.data
      const row = model.projects.get(projectId)
      const current = model.rounds.get(roundId)
      return [
        ...(row === undefined
          ? []
          : project({ ...row, scores: [...row.scores, { roundId, judgeId, score }] })),
        ...(current === undefined || current.projectIds.includes(projectId)
          ? []
          : round({ ...current, projectIds: [...current.projectIds, projectId] })),
      ]
    }
    case 'ProjectRoundClosed': {
      const current = model.rounds.get(event.data.roundId)
      return current === undefined
        ? []
        : round({
            ...current,
            status: 'closed',
            closedAt: event.data.at,
            winners: event.data.winners,
          })
    }
    default:
      return []
  }
}

/** 项目库: every submitted project with its scores and award, and the competition rounds (S4). */
export const projectLibrary = leanRowProjection<ProjectLibraryRows>({
  name: 'project-library',
  tables: ['projects', 'rounds'],
  eventTypes: [
    'ProjectSubmitted',
    'ProjectAwarded',
    'ProjectRoundOpened',
    'ProjectScored',
    'ProjectRoundClosed',
  ],
  changes,
})

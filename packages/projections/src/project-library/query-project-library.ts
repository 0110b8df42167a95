import type { ReadModel } from '@wenming/event-store'
import type {
  ProjectLibraryRow,
  ProjectLibraryRows,
  ProjectRoundRow,
} from './project-library-rows.js'

/** A project of the library with its mean score (`null` while unscored). */
export type ProjectLibraryEntry = ProjectLibraryRow & { readonly averageScore: number | null }

/** Which projects to list: of a district, in a status, scored in a round. */
export type ProjectLibraryFilter = {
  readonly districtId?: string
  readonly status?: ProjectLibraryRow['status']
  readonly roundId?: string
}

const mean = (scores: readonly { readonly score: number }[]): number | null =>
  scores.length === 0 ? null : scores.reduce((sum, s) => sum + s.score, 0) / scores.length

/** The library's projects, newest first (then by id), with their mean scores (S4). */
export const queryProjectLibrary = (
  model: ReadModel<ProjectLibraryRows>,
  filter: ProjectLibraryFilter = {},
): ProjectLibraryEntry[] =>
  [...model.projects.values()]
    .filter(
      (row) =>
        (filter.districtId === undefined || row.districtId === filter.districtId) &&
        (filter.status === undefined || row.status === filter.status) &&
        (filter.roundId === undefined || row.scores.some((s) => s.roundId === filter.roundId)),
    )
    .map((row) => ({
      ...row,
      averageScore: mean(
        filter.roundId === undefined
          ? row.scores
          : row.scores.filter((s) => s.roundId === filter.roundId),
      ),
    }))
    .sort((a, b) =>
      a.submittedAt !== b.submittedAt
        ? b.submittedAt.localeCompare(a.submittedAt)
        : a.projectId.localeCompare(b.projectId),
    )

/** The competition rounds, newest first (S4). */
export const queryProjectRounds = (model: ReadModel<ProjectLibraryRows>): ProjectRoundRow[] =>
  [...model.rounds.values()].sort((a, b) =>
    a.openedAt !== b.openedAt
      ? b.openedAt.localeCompare(a.openedAt)
      : a.roundId.localeCompare(b.roundId),
  )

/** One judge's score of a project in a round (S4). */
export type ProjectScoreEntry = {
  readonly roundId: string
  readonly judgeId: string
  readonly score: number
}

/** A project of the district's library, as its events and its rounds' leave it (S4). */
export type ProjectLibraryRow = {
  readonly projectId: string
  readonly districtId: string
  readonly title: string
  readonly description: string
  /** The catalogue entry it serves under. */
  readonly category: string
  readonly teamId: string
  readonly targetGroup: string
  readonly submittedBy: string
  readonly submittedAt: string
  readonly status: 'submitted' | 'awarded'
  /** The catalogue entry it became by winning a round, which residents can order. */
  readonly entryCode: string | null
  readonly awardedInRound: string | null
  readonly scores: readonly ProjectScoreEntry[]
}

/** A competition round (S4). */
export type ProjectRoundRow = {
  readonly roundId: string
  readonly districtId: string
  readonly title: string
  readonly status: 'open' | 'closed'
  readonly openedAt: string
  readonly closedAt: string | null
  /** Projects scored in the round. */
  readonly projectIds: readonly string[]
  readonly winners: readonly string[]
}

/** The tables of the project library. */
export type ProjectLibraryRows = { projects: ProjectLibraryRow; rounds: ProjectRoundRow }

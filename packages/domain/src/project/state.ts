/** A project as its stream tells it (S4). */
export type ProjectState =
  | { readonly status: 'none' }
  | {
      readonly status: 'submitted' | 'awarded'
      readonly projectId: string
      readonly districtId: string
      readonly title: string
      readonly description: string
      readonly category: string
      readonly teamId: string
      readonly targetGroup: string
      /** The catalogue entry it became, once it won. */
      readonly entryCode: string | null
    }

export const initialProjectState: ProjectState = { status: 'none' }

/** A competition round as its stream tells it (S4). */
export type ProjectRoundState =
  | { readonly status: 'none' }
  | {
      readonly status: 'open' | 'closed'
      readonly roundId: string
      readonly districtId: string
      readonly title: string
      /** Scores by project id, then by judge id. */
      readonly scores: Readonly<Record<string, Readonly<Record<string, number>>>>
      readonly winners: readonly string[]
    }

export const initialProjectRoundState: ProjectRoundState = { status: 'none' }

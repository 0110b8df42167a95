import type { CatalogueEntryRefusal } from '../catalogue/errors.js'

/** Why a project or round command is refused (S4). */
export type ProjectError =
  | { readonly type: 'ProjectAlreadySubmitted'; readonly projectId: string }
  | { readonly type: 'ProjectNotFound'; readonly projectId: string }
  | { readonly type: 'ProjectTeamUnavailable'; readonly projectId: string; readonly teamId: string }
  | { readonly type: 'ProjectRoundAlreadyOpened'; readonly roundId: string }
  | { readonly type: 'ProjectRoundNotFound'; readonly roundId: string }
  | { readonly type: 'ProjectRoundClosed'; readonly roundId: string }
  | { readonly type: 'ProjectRoundDistrictUnavailable'; readonly districtId: string }
  /** The project is of another district than the round. */
  | {
      readonly type: 'ProjectNotInRoundDistrict'
      readonly roundId: string
      readonly projectId: string
    }
  | {
      readonly type: 'ProjectAlreadyScoredByJudge'
      readonly roundId: string
      readonly projectId: string
      readonly judgeId: string
    }
  /** Only a project scored in the round can win it. */
  | { readonly type: 'WinnerNotScored'; readonly roundId: string; readonly projectId: string }
  | CatalogueEntryRefusal

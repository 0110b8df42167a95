import type { LeanEvent } from '../event-data.js'
import type { CommitGroup } from './read-model-storage.js'

/** A run's batch, staged to be written in its group's one commit. */
export type StagedCommit = {
  readonly group: CommitGroup
  readonly write: () => void
  /** Called once the group's commit has succeeded. */
  readonly committed: () => void
  /** Called when it failed: the staged rows wait for the next commit again. */
  readonly failed: () => void
}

/** One projection being run: its read model so far, the checkpoint reached, and its commit. */
export type SlotRun = {
  readonly name: string
  /** Global position of the last event applied (0: none yet). */
  checkpoint(): number
  readModel(): unknown
  /** The event types the projection reads (undefined: all). */
  readonly eventTypes: ReadonlySet<string> | undefined
  /**
   * True when the projection reads only type, data and position: a pass whose runs all do reads
   * lean events. Otherwise `apply` gets whole recorded events.
   */
  readonly leanEvents: boolean
  /** Applies one event after the checkpoint and moves the checkpoint to its position. */
  apply(event: LeanEvent): void
  /** Moves the checkpoint over positions that hold no event this projection reads. */
  advance(position: number): void
  /** Saves what was applied since the last commit, rows and checkpoint together. */
  commit(): Promise<void>
  /**
   * Present when the run's storage commits jointly with others ({@link CommitGroup}): stages what
   * `commit` would save (undefined: nothing to save) for the caller to commit with its group.
   */
  readonly stage?: () => StagedCommit | undefined
}

/** A run a rebuild fills from position 0 in memory; `promote` swaps it into storage atomically. */
export type FreshSlotRun = SlotRun & {
  promote(): Promise<SlotRun>
  discard(): Promise<void>
}

/** A projection bound to its storage, as the runner drives it. */
export type ProjectionSlot = {
  readonly name: string
  /** Loads the stored read model and checkpoint (or starts empty at 0). */
  open(): Promise<SlotRun>
  /** Starts empty at 0 beside the live run, which keeps serving meanwhile. */
  openFresh(): Promise<FreshSlotRun>
}

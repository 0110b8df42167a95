import type { CommandContext, EventStore } from '@wenming/event-store'
import type { CommandMetadata } from '../shared/command-metadata.js'

/** What sending a hold (a reservation, a claim) gave: accepted, or the holding stream's refusal. */
export type HoldOutcome<Event, Refusal> =
  | {
      readonly ok: true
      readonly events: readonly Event[]
      /** The hold was replayed but its stream no longer holds it (released after a crash). */
      readonly lost: boolean
    }
  | { readonly ok: false; readonly error: Refusal }

/**
 * A process manager across streams, described as data: the holds it takes on other streams before
 * it records on its own (reserve capacity, claim a site), the command that undoes each hold, the
 * commands that follow from what it recorded (releases), and how each kind is sent. One runner,
 * `runProcess`, drives every definition; recovery uses the same undo and follow-up steps.
 */
export type ProcessDefinition<Hold, Release, Recorded, Event, Refusal> = {
  /** The step under which holds are sent: their command ids are `<commandId>:<holdPhase>...`. */
  readonly holdPhase: string
  /** A command's step name inside its phase; '' sends it under the phase's own id. */
  readonly stepName: (command: Hold | Release, index: number, count: number) => string
  readonly hold: (
    store: EventStore,
    command: Hold,
    context: CommandContext,
  ) => Promise<HoldOutcome<Event, Refusal>>
  /** The command that gives a hold back. */
  readonly undo: (command: Hold) => Release
  /** What an event recorded on the process's own stream sets off. */
  readonly follow: (event: Recorded, metadata: CommandMetadata) => readonly Release[]
  /** Sends a release; a refused one is skipped (what it frees is free either way). */
  readonly release: (
    store: EventStore,
    command: Release,
    context: CommandContext,
  ) => Promise<readonly Event[]>
  /** The refusal when a hold of an unfinished process was lost (recovery gave it back). */
  readonly abandoned: (command: Hold) => Refusal
}

export type { EventData, LeanEvent, RecordedEvent } from './event-data.js'
export { matchesExpectedRevision } from './expected-revision.js'
export type { ExpectedRevision, StreamRevision } from './expected-revision.js'
export {
  isWrongExpectedRevisionError,
  WrongExpectedRevisionError,
} from './wrong-expected-revision-error.js'
export type {
  AppendOptions,
  AppendResult,
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
} from './event-store.js'
export { createInMemoryEventStore } from './in-memory-event-store.js'
export { findOriginalAppend } from './find-original-append.js'
export { asyncArrayIterable } from './async-array-iterable.js'
export { foldEvents } from './decider.js'
export type { Decider, DecideResult, DomainEvent } from './decider.js'
export { deterministicEventId } from './deterministic-event-id.js'
export { createCommandHandler } from './command-handler.js'
export type {
  CommandAccepted,
  CommandContext,
  CommandHandler,
  CommandHandlerOptions,
  CommandRefused,
  CommandResult,
  LoadedStream,
} from './command-handler.js'
export { createStateReader } from './state-reader.js'
export type { StateReader, StateReaderOptions } from './state-reader.js'
export type { StreamStateCacheOptions } from './stream-state-cache.js'
export { leanProjection } from './projection.js'
export type {
  LeanProjection,
  Projection,
  ProjectionSnapshot,
  ProjectionStorage,
  WholeProjection,
} from './projection.js'
export { createInMemoryProjectionStorage } from './in-memory-projection-storage.js'
export type { ReadModel, RowChange, TableRows } from './read-side/read-model.js'
export { emptyReadModel, leanRowProjection } from './read-side/row-projection.js'
export type {
  LeanRowProjection,
  RowProjection,
  WholeRowProjection,
} from './read-side/row-projection.js'
export { applyChanges, copyReadModel } from './read-side/apply-changes.js'
export type {
  CommitGroup,
  JointCommit,
  ReadModelStorage,
  StoredReadModel,
} from './read-side/read-model-storage.js'
export { createInMemoryReadModelStorage } from './read-side/in-memory-read-model-storage.js'
export { readAllSource } from './read-side/event-source.js'
export type { EventBatch, EventSource } from './read-side/event-source.js'
export type { ReadModelStore, ReadSide } from './read-side/read-side.js'
export { readSideFrom } from './read-side/read-side-from.js'
export { inMemoryReadModelStore } from './read-side/in-memory-read-model-store.js'
export { inMemoryReadSide } from './read-side/in-memory-read-side.js'
export type {
  FreshSlotRun,
  ProjectionSlot,
  SlotRun,
  StagedCommit,
} from './read-side/projection-slot.js'
export { rowSlot } from './read-side/row-slot.js'
export { foldSlot } from './read-side/fold-slot.js'
export { toFoldProjection } from './read-side/to-fold-projection.js'
export { runPass } from './read-side/run-pass.js'
export type { PassOptions } from './read-side/run-pass.js'
export { progressMeter } from './read-side/projection-progress.js'
export type { ProjectionProgress } from './read-side/projection-progress.js'
export { scanLastPosition } from './read-side/last-position.js'
export { openProjectionRunner } from './read-side/projection-runner.js'
export type {
  ProjectionRunner,
  ProjectionRunnerOptions,
  ProjectionStatus,
  RebuildOptions,
  RunOptions,
} from './read-side/projection-runner.js'
export { rebuildProjections } from './read-side/rebuild-projections.js'
export type { RebuildProjectionsOptions } from './read-side/rebuild-projections.js'
export { ERASED, personalDataPolicy } from './personal-data/personal-data-policy.js'
export type { PersonalDataPolicy, PersonalFields } from './personal-data/personal-data-policy.js'
export { createInMemoryDataKeyStore, newDataKey } from './personal-data/data-key-store.js'
export type { DataKeyStore } from './personal-data/data-key-store.js'
export { createPersonalDataCodec } from './personal-data/personal-data-codec.js'
export type {
  PersonalDataCodec,
  PersonalDataCodecOptions,
} from './personal-data/personal-data-codec.js'
export {
  canErasePersonalData,
  definePersonalDataEpoch,
  personalDataEpochOf,
} from './personal-data/personal-data-store.js'
export type { PersonalDataOptions, PersonalDataStore } from './personal-data/personal-data-store.js'
export { decodedEvents, withPersonalData } from './personal-data/with-personal-data.js'
export type { InMemoryEventStoreOptions } from './in-memory-event-store.js'

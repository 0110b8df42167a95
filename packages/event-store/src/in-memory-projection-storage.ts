import type { ProjectionSnapshot, ProjectionStorage } from './projection.js'

/** Projection storage in process memory: the read model and its checkpoint, swapped together. */
export const createInMemoryProjectionStorage = <ReadModel>(): ProjectionStorage<ReadModel> & {
  current(): ProjectionSnapshot<ReadModel> | undefined
} => {
  let snapshot: ProjectionSnapshot<ReadModel> | undefined
  return {
    load: () => Promise.resolve(snapshot),
    save: (next) => {
      snapshot = { readModel: next.readModel, checkpoint: next.checkpoint }
      return Promise.resolve()
    },
    current: () => snapshot,
  }
}

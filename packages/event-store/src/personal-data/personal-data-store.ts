import type { EventStore } from '../event-store.js'
import type { PersonalDataPolicy } from './personal-data-policy.js'

/** What a store needs to keep personal fields sealed: the policy, and how many keys to cache. */
export type PersonalDataOptions = {
  policy: PersonalDataPolicy
  /** How many persons' keys stay in memory (default 10,000). */
  cacheSize?: number
}

/** A store that seals personal fields and can erase a person by deleting their key. */
export type PersonalDataStore = {
  /**
   * Deletes the person's data key: from now on every personal field of theirs, in every event
   * already written and in every copy of the log, reads as `[erased]`. True when there was a key.
   */
  erasePersonalData(subject: string): Promise<boolean>
  /**
   * How many erasures this store object has done: folded states cached while it held another value
   * may hold a person's fields in clear, so the kernel's state caches start afresh when it moves.
   */
  readonly personalDataEpoch: number
}

/** The erasure epoch of `store` (0 for a store that seals nothing). */
export const personalDataEpochOf = (store: EventStore): number =>
  (store as Partial<PersonalDataStore>).personalDataEpoch ?? 0

/**
 * Gives `store` its `personalDataEpoch`, read from `epoch` each time (a getter, so wrappers that
 * forward it see erasures made after they were built).
 */
export const definePersonalDataEpoch = <Store extends object>(
  store: Store,
  epoch: () => number,
): Store & { readonly personalDataEpoch: number } =>
  Object.defineProperty(store, 'personalDataEpoch', { get: epoch, enumerable: true }) as Store & {
    readonly personalDataEpoch: number
  }

/** True when the store was opened with a personal-data policy and can erase a person. */
export const canErasePersonalData = (store: EventStore): store is EventStore & PersonalDataStore =>
  typeof (store as Partial<PersonalDataStore>).erasePersonalData === 'function'

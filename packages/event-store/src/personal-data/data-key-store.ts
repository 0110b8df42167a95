import { randomBytes } from 'node:crypto'

type MaybePromise<T> = T | Promise<T>

/**
 * Where the data keys live, one per person, beside the log and never in an event. A store that
 * answers synchronously (SQLite) lets reads decode without waiting.
 */
export type DataKeyStore = {
  /** The keys of those subjects that have one: a subject missing from the map has none (erased). */
  read(subjects: readonly string[]): MaybePromise<ReadonlyMap<string, Uint8Array>>
  /** The keys of all these subjects, a new one ({@link newDataKey}) made for each that has none. */
  readOrCreate(subjects: readonly string[]): MaybePromise<ReadonlyMap<string, Uint8Array>>
  /** Deletes a subject's key for good; true when there was one. */
  delete(subject: string): MaybePromise<boolean>
}

/** A fresh random AES-256 key. */
export const newDataKey = (): Uint8Array => randomBytes(32)

/** A {@link DataKeyStore} in process memory: for tests and the in-memory store. */
export const createInMemoryDataKeyStore = (): DataKeyStore => {
  const keys = new Map<string, Uint8Array>()
  const pick = (subjects: readonly string[]): Map<string, Uint8Array> => {
    const found = new Map<string, Uint8Array>()
    for (const subject of subjects) {
      const key = keys.get(subject)
      if (key !== undefined) found.set(subject, key)
    }
    return found
  }
  return {
    read: pick,
    readOrCreate: (subjects) => {
      for (const subject of subjects) if (!keys.has(subject)) keys.set(subject, newDataKey())
      return pick(subjects)
    },
    delete: (subject) => keys.delete(subject),
  }
}

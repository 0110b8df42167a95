/**
 * A bounded least-recently-used cache of data keys by subject; `null` remembers a subject known to
 * have no key (erased), so reading an erased person's events asks the key store once.
 */
export type KeyCache = {
  get(subject: string): Uint8Array | null | undefined
  set(subject: string, key: Uint8Array | null): void
  delete(subject: string): void
}

export const createKeyCache = (capacity: number): KeyCache => {
  const entries = new Map<string, Uint8Array | null>()
  return {
    get: (subject) => {
      const key = entries.get(subject)
      if (key !== undefined) {
        // A Map iterates in insertion order: re-inserting marks it the most recent.
        entries.delete(subject)
        entries.set(subject, key)
      }
      return key
    },
    set: (subject, key) => {
      entries.delete(subject)
      entries.set(subject, key)
      if (entries.size > capacity) {
        const oldest = entries.keys().next()
        if (oldest.done !== true) entries.delete(oldest.value)
      }
    },
    delete: (subject) => {
      entries.delete(subject)
    },
  }
}

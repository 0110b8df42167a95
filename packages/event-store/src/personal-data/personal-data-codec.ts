import type { EventData } from '../event-data.js'
import type { DataKeyStore } from './data-key-store.js'
import {
  isSealedReference,
  openValue,
  sealedReference,
  sealedSubject,
  sealValue,
} from './field-cipher.js'
import { createKeyCache } from './key-cache.js'
import { ERASED, type PersonalDataPolicy } from './personal-data-policy.js'

type MaybePromise<T> = T | Promise<T>
type Keys = ReadonlyMap<string, Uint8Array>
type Rule = { subject: (data: unknown) => string | undefined; paths: readonly string[][] }
type Payload = { type: string; data: unknown }

const OPENED_VALUES = 16_384

export type PersonalDataCodecOptions = {
  policy: PersonalDataPolicy
  keys: DataKeyStore
  /** How many persons' keys stay in memory (default 10,000). */
  cacheSize?: number
}

/**
 * The adapter-side codec of personal fields: seals them on the way into the log, each person's
 * under their own key, and opens them on the way out; a field whose key is gone reads as
 * {@link ERASED}. Events without personal fields pass through untouched, in the same objects.
 */
export type PersonalDataCodec = {
  encode(events: readonly EventData[]): MaybePromise<readonly EventData[]>
  decode<Event extends Payload>(events: Event[]): MaybePromise<Event[]>
  /** Deletes a person's key: every field sealed under it reads as erased from now on. */
  forget(subject: string): Promise<boolean>
  /** Whether events of `type` may carry sealed fields (others pass both ways untouched). */
  seals(type: string): boolean
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const valueAt = (data: unknown, path: readonly string[]): unknown => {
  let value = data
  for (const segment of path) {
    if (!isRecord(value)) return undefined
    value = value[segment]
  }
  return value
}

/** A copy of `data` with the value at `path` replaced, sharing every untouched branch. */
const withValueAt = (data: unknown, path: readonly string[], value: unknown): unknown => {
  const [head, ...rest] = path
  if (head === undefined || !isRecord(data)) return data
  return { ...data, [head]: rest.length === 0 ? value : withValueAt(data[head], rest, value) }
}

const compile = (policy: PersonalDataPolicy): Map<string, Rule[]> =>
  new Map(
    Object.entries(policy).map(([type, entries]) => [
      type,
      entries.map((entry) => ({
        subject: entry.subject as (data: unknown) => string | undefined,
        paths: entry.fields.map((field) => field.split('.')),
      })),
    ]),
  )

/** @example const codec = createPersonalDataCodec({ policy, keys: createInMemoryDataKeyStore() }) */
export const createPersonalDataCodec = (options: PersonalDataCodecOptions): PersonalDataCodec => {
  const rules = compile(options.policy)
  const { keys } = options
  const cache = createKeyCache(options.cacheSize ?? 10_000)
  // The JSON text of values sealed or opened lately, by their sealed string: a stream read again
  // (every command reads its stream) opens nothing twice. Emptied by an erasure.
  const opened = new Map<string, string>()
  const remember = (sealed: string, json: string): void => {
    if (opened.size >= OPENED_VALUES) opened.clear()
    opened.set(sealed, json)
  }
  // The sealed string of a person's values sealed lately, by subject and JSON text: the same
  // resident ordering again with the same name and phone stores the same sealed string, not a new
  // encryption. Only equal values of one person (whose events already name them) compare equal in
  // the log; a new value or a new key (after an erasure, which empties this) is sealed afresh.
  const sealedOf = new Map<string, string>()
  const sealOnce = (key: Uint8Array, subject: string, json: string): string => {
    const memo = `${subject}\u0000${json}`
    const known = sealedOf.get(memo)
    if (known !== undefined) return known
    const sealed = sealValue(key, subject, json)
    if (sealedOf.size >= OPENED_VALUES) sealedOf.clear()
    sealedOf.set(memo, sealed)
    remember(sealed, json)
    return sealed
  }

  /**
   * The keys of `subjects` (`null`: none, erased), from the cache and, for what it lacks, from
   * the key store; then runs `then` with them, synchronously when the key store answers at once.
   * The batch keeps its own map: a cache smaller than a batch's persons may evict as it fills.
   */
  const withKeys = <T>(
    subjects: ReadonlySet<string>,
    lookup: (subjects: string[]) => MaybePromise<Keys>,
    then: (keyOf: (subject: string) => Uint8Array | null) => T,
    reuse: (key: Uint8Array | null) => boolean,
  ): MaybePromise<T> => {
    const known = new Map<string, Uint8Array | null>()
    const missing: string[] = []
    for (const subject of subjects) {
      const cached = cache.get(subject)
      if (cached !== undefined && reuse(cached)) known.set(subject, cached)
      else missing.push(subject)
    }
    const keyOf = (subject: string): Uint8Array | null => known.get(subject) ?? null
    if (missing.length === 0) return then(keyOf)
    const remember = (fetched: Keys): T => {
      for (const subject of missing) {
        const key = fetched.get(subject) ?? null
        known.set(subject, key)
        cache.set(subject, key)
      }
      return then(keyOf)
    }
    const fetched = lookup(missing)
    return fetched instanceof Promise ? fetched.then(remember) : remember(fetched)
  }

  const encode = (events: readonly EventData[]): MaybePromise<readonly EventData[]> => {
    const subjects = new Set<string>()
    for (const event of events) {
      for (const rule of rules.get(event.type) ?? []) {
        const subject = rule.subject(event.data)
        if (subject !== undefined) subjects.add(subject)
      }
    }
    if (subjects.size === 0) return events
    const sealWith = (keyOf: (subject: string) => Uint8Array | null): EventData[] =>
      events.map((event) => {
        let data = event.data
        for (const rule of rules.get(event.type) ?? []) {
          const subject = rule.subject(event.data)
          if (subject === undefined) continue
          const key = keyOf(subject)
          if (key === null) throw new Error(`No data key for '${subject}'`)
          // One seal per person and event: the first present field carries the JSON array of
          // all their fields' values, the others a reference to it.
          const values = rule.paths.map((path) => valueAt(data, path))
          const present = values.flatMap((value, i) =>
            value === undefined || value === null ? [] : [i],
          )
          if (present.length === 0) continue
          const json = JSON.stringify(values.map((value) => value ?? null))
          const sealed = sealOnce(key, subject, json)
          const reference = sealedReference(subject)
          present.forEach((i, n) => {
            data = withValueAt(data, rule.paths[i]!, n === 0 ? sealed : reference)
          })
        }
        return data === event.data ? event : { ...event, data }
      })
    // A cached `null` is an erased person: what is appended about them now gets a new key.
    return withKeys(
      subjects,
      (missing) => keys.readOrCreate(missing),
      sealWith,
      (key) => key !== null,
    )
  }

  const openOnce = (key: Uint8Array, sealed: string): string | undefined => {
    const known = opened.get(sealed)
    if (known !== undefined) return known
    const json = openValue(key, sealed)
    if (json !== undefined) remember(sealed, json)
    return json
  }

  const decode = <Event extends Payload>(events: Event[]): MaybePromise<Event[]> => {
    const subjects = new Set<string>()
    for (const event of events) {
      const eventRules = rules.get(event.type)
      if (eventRules === undefined) continue
      for (const rule of eventRules) {
        for (const path of rule.paths) {
          const subject = sealedSubject(valueAt(event.data, path))
          if (subject !== undefined) subjects.add(subject)
        }
      }
    }
    if (subjects.size === 0) return events
    const openWith = (keyOf: (subject: string) => Uint8Array | null): Event[] =>
      events.map((event) => {
        const eventRules = rules.get(event.type)
        if (eventRules === undefined) return event
        let data = event.data
        for (const rule of eventRules) {
          const values = rule.paths.map((path) => valueAt(data, path))
          let subject: string | undefined
          let sealed: string | undefined
          for (const value of values) {
            const of = sealedSubject(value)
            if (of === undefined) continue
            subject ??= of
            if (!isSealedReference(value as string)) sealed ??= value as string
          }
          if (subject === undefined) continue
          const key = keyOf(subject)
          const json = key === null || sealed === undefined ? undefined : openOnce(key, sealed)
          const opened = json === undefined ? undefined : (JSON.parse(json) as unknown)
          rule.paths.forEach((path, i) => {
            if (sealedSubject(values[i]) === undefined) return
            data = withValueAt(data, path, Array.isArray(opened) ? opened[i] : ERASED)
          })
        }
        return data === event.data ? event : { ...event, data }
      })
    return withKeys(
      subjects,
      (missing) => keys.read(missing),
      openWith,
      () => true,
    )
  }

  return {
    encode,
    decode,
    seals: (type) => rules.has(type),
    forget: async (subject) => {
      const deleted = await keys.delete(subject)
      cache.set(subject, null)
      opened.clear()
      sealedOf.clear()
      return deleted
    },
  }
}

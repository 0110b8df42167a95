/** Where the events live: in memory, a SQLite file, or an EventStoreDB server. */
export type StoreSpec =
  { kind: 'memory' } | { kind: 'sqlite'; path: string } | { kind: 'esdb'; connectionString: string }

/** The default store: a SQLite file under `./data`. */
export const DEFAULT_STORE = 'sqlite:./data/wenming.db'

/** Parses `--store`: `memory`, `sqlite:<path>` or an `esdb://` / `esdb+discover://` connection string. */
export const parseStoreSpec = (spec: string): StoreSpec => {
  if (spec === 'memory') return { kind: 'memory' }
  if (spec.startsWith('sqlite:')) {
    const path = spec.slice('sqlite:'.length)
    if (path === '')
      throw new Error('--store sqlite:<path> needs a path, such as sqlite:./data/wenming.db')
    return { kind: 'sqlite', path }
  }
  if (/^esdb(\+discover)?:\/\/./.test(spec)) return { kind: 'esdb', connectionString: spec }
  throw new Error(`Unknown --store '${spec}': use memory, sqlite:<path> or esdb://host:port`)
}

/**
 * Where the read models live: in memory (rebuilt at every start), in a SQLite file, or, for a
 * SQLite store, in tables of the store's own file.
 */
export type ReadModelSpec =
  { kind: 'memory' } | { kind: 'sqlite'; path: string } | { kind: 'store' }

/** The read models of an EventStoreDB-backed server, unless `--read-models` says otherwise. */
export const DEFAULT_ESDB_READ_MODELS = 'sqlite:./data/read-models.db'

/**
 * Parses `--read-models` (`memory` or `sqlite:<path>`); without one, each store's default: the
 * SQLite store's own file, a SQLite file for EventStoreDB, memory for the in-memory store.
 */
export const parseReadModelSpec = (spec: string | undefined, store: StoreSpec): ReadModelSpec => {
  if (spec === undefined) {
    if (store.kind === 'sqlite') return { kind: 'store' }
    if (store.kind === 'memory') return { kind: 'memory' }
    return parseReadModelSpec(DEFAULT_ESDB_READ_MODELS, store)
  }
  if (spec === 'memory') return { kind: 'memory' }
  if (spec.startsWith('sqlite:') && spec.length > 'sqlite:'.length) {
    return { kind: 'sqlite', path: spec.slice('sqlite:'.length) }
  }
  throw new Error(`Unknown --read-models '${spec}': use memory or sqlite:<path>`)
}

/** Where the events live: in memory, a SQLite file, a PostgreSQL database or an EventStoreDB server. */
export type StoreSpec =
  | { kind: 'memory' }
  | { kind: 'sqlite'; path: string }
  | { kind: 'postgres'; connectionString: string }
  | { kind: 'esdb'; connectionString: string }

/** The default store: a SQLite file under `./data`. */
export const DEFAULT_STORE = 'sqlite:./data/wenming.db'

/**
 * Parses `--store`: `memory`, `sqlite:<path>`, a `postgres://` / `postgresql://` URL, or an
 * `esdb://` / `esdb+discover://` connection string.
 */
export const parseStoreSpec = (spec: string): StoreSpec => {
  if (spec === 'memory') return { kind: 'memory' }
  if (spec.startsWith('sqlite:')) {
    const path = spec.slice('sqlite:'.length)
    if (path === '')
      throw new Error('--store sqlite:<path> needs a path, such as sqlite:./data/wenming.db')
    return { kind: 'sqlite', path }
  }
  if (/^postgres(ql)?:\/\/./.test(spec)) return { kind: 'postgres', connectionString: spec }
  if (/^esdb(\+discover)?:\/\/./.test(spec)) return { kind: 'esdb', connectionString: spec }
  throw new Error(
    `Unknown --store '${spec}': use memory, sqlite:<path>, postgres://user@host:5432/db or esdb://host:port`,
  )
}

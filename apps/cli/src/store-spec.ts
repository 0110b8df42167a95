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

import type { Database } from 'better-sqlite3'

/** `PRAGMA application_id` of a Wenming event store ("WMES"), so a foreign file is recognised. */
export const APPLICATION_ID = 0x574d4553

/**
 * The schema, one migration per version: migration `i` takes a database from version `i` to
 * `i + 1`. Append new migrations; never change one that has shipped.
 */
export const MIGRATIONS: readonly ((database: Database) => void)[] = [
  (database) => {
    database.exec(`
      CREATE TABLE events (
        position INTEGER PRIMARY KEY,
        stream_name TEXT NOT NULL,
        revision INTEGER NOT NULL,
        id TEXT NOT NULL,
        type TEXT NOT NULL,
        data TEXT,
        metadata TEXT,
        recorded_at INTEGER NOT NULL
      ) STRICT;
      -- Covers the idempotency check (an id within its stream) without a second, random index.
      CREATE UNIQUE INDEX events_stream_revision ON events (stream_name, revision, id);
      CREATE TABLE IF NOT EXISTS projection_checkpoints (
        name TEXT PRIMARY KEY,
        position INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE projection_read_models (
        name TEXT PRIMARY KEY,
        read_model TEXT NOT NULL
      ) STRICT;
    `)
  },
]

/** The schema version this package writes and reads. */
export const SCHEMA_VERSION = MIGRATIONS.length

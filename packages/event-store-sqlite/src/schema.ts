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
  (database) => {
    // Version 2: the whole recorded event as one JSON array in `event` (see event-json.ts), which
    // a read joins per batch in SQLite; `type` stays a column for filtered reads, `id` for the
    // idempotency check.
    database.exec(`
      CREATE TABLE events_v2 (
        position INTEGER PRIMARY KEY,
        stream_name TEXT NOT NULL,
        revision INTEGER NOT NULL,
        id TEXT NOT NULL,
        type TEXT NOT NULL,
        event TEXT NOT NULL
      ) STRICT;
      INSERT INTO events_v2
        SELECT position, stream_name, revision, id, type,
          CASE WHEN data IS NULL
            THEN json_array(position, stream_name, revision, id, type, recorded_at,
              json(ifnull(metadata, '{}')))
            ELSE json_array(position, stream_name, revision, id, type, recorded_at,
              json(ifnull(metadata, '{}')), json(data))
          END
        FROM events ORDER BY position;
      DROP TABLE events;
      ALTER TABLE events_v2 RENAME TO events;
      CREATE UNIQUE INDEX events_stream_revision ON events (stream_name, revision, id);
    `)
  },
  (database) => {
    // Version 3: the event split into `head` (the version 2 array without its data) and `data`
    // (the data's JSON text, NULL for none), so a lean read parses only type, data and position
    // (see event-json.ts). SQLite keeps the JSON texts as written, `\uXXXX` escapes included: a
    // whole event rebuilt from the two columns is the version 2 text, byte for byte.
    database.exec(`
      CREATE TABLE events_v3 (
        position INTEGER PRIMARY KEY,
        stream_name TEXT NOT NULL,
        revision INTEGER NOT NULL,
        id TEXT NOT NULL,
        type TEXT NOT NULL,
        head TEXT NOT NULL,
        data TEXT
      ) STRICT;
      INSERT INTO events_v3
        SELECT position, stream_name, revision, id, type,
          json_remove(event, '$[7]'), event -> '$[7]'
        FROM events ORDER BY position;
      DROP TABLE events;
      ALTER TABLE events_v3 RENAME TO events;
      CREATE UNIQUE INDEX events_stream_revision ON events (stream_name, revision, id);
    `)
  },
]

/** The schema version this package writes and reads. */
export const SCHEMA_VERSION = MIGRATIONS.length

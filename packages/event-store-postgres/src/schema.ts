/** `pg_advisory_xact_lock` key every append takes before it assigns positions ("WMES"). */
export const APPEND_LOCK_KEY = 0x574d4553

/** `pg_advisory_xact_lock` key a migration takes, so two processes never migrate at once ("WMMG"). */
export const MIGRATION_LOCK_KEY = 0x574d4d47

/** The channel every commit of an append notifies, with the last position it wrote as payload. */
export const APPENDED_CHANNEL = 'wenming_appended'

/**
 * The schema, one migration per version: migration `i` takes a database from version `i` to
 * `i + 1`. Append new migrations; never change one that has shipped.
 */
export const MIGRATIONS: readonly string[] = [
  `
  -- Districts are the partitions of one log: a district's reads touch only its partition.
  CREATE TABLE wenming_events (
    position bigint NOT NULL,
    district text NOT NULL,
    stream_name text NOT NULL,
    revision bigint NOT NULL,
    id text NOT NULL,
    type text NOT NULL,
    data json,
    metadata json,
    recorded_at timestamptz NOT NULL
  ) PARTITION BY LIST (district);
  CREATE UNIQUE INDEX wenming_events_position ON wenming_events (position, district);
  CREATE UNIQUE INDEX wenming_events_stream ON wenming_events (district, stream_name, revision)
    INCLUDE (id);
  -- One row: the last position assigned. Updated under the append lock, committed with the events.
  CREATE TABLE wenming_positions (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    last bigint NOT NULL
  );
  INSERT INTO wenming_positions (last) VALUES (0);
  CREATE TABLE wenming_districts (
    district text PRIMARY KEY,
    partition_name text NOT NULL UNIQUE
  );
  -- A district's partition, created by the first handle that writes it (under the append lock, so
  -- no append runs while the partitioned table changes).
  CREATE FUNCTION wenming_ensure_district(d text) RETURNS void LANGUAGE plpgsql AS $fn$
  DECLARE
    partition_name text := 'wenming_events_' || substr(md5(d), 1, 16);
  BEGIN
    IF EXISTS (SELECT 1 FROM wenming_districts WHERE district = d) THEN RETURN; END IF;
    PERFORM pg_advisory_xact_lock(${APPEND_LOCK_KEY});
    IF EXISTS (SELECT 1 FROM wenming_districts WHERE district = d) THEN RETURN; END IF;
    EXECUTE format('CREATE TABLE %I PARTITION OF wenming_events FOR VALUES IN (%L)',
      partition_name, d);
    INSERT INTO wenming_districts (district, partition_name) VALUES (d, partition_name);
  END
  $fn$;
  CREATE TABLE wenming_checkpoints (name text PRIMARY KEY, position bigint NOT NULL);
  CREATE TABLE wenming_fold_models (name text PRIMARY KEY, read_model json NOT NULL);

  -- One call appends a batch of appends, each checked against its stream as the appends before it
  -- left it. Outcome 0: written (or an idempotent re-append: the original result); 1: conflict,
  -- o_revision the stream's actual revision (-1: no stream).
  -- Expected revision codes: -2 any, -1 no_stream, -3 stream_exists, >= 0 that revision.
  CREATE FUNCTION wenming_append(
    a_district text[], a_stream text[], a_expected bigint[], a_count int[],
    e_id text[], e_type text[], e_data json[], e_metadata json[]
  ) RETURNS TABLE (o_outcome int, o_revision bigint, o_position bigint)
  LANGUAGE plpgsql AS $fn$
  DECLARE
    first int := 1;
    n int;
    expected bigint;
    last_rev bigint;
    last_pos bigint;
    found_n int;
    found_rev bigint;
    found_pos bigint;
    next_pos bigint;
    wrote boolean := false;
  BEGIN
    -- Positions are assigned and committed one transaction at a time: the lock is held until
    -- COMMIT has made the events visible, so no reader can see a position before a lower one.
    PERFORM pg_advisory_xact_lock(${APPEND_LOCK_KEY});
    SELECT p.last INTO next_pos FROM wenming_positions p;
    FOR i IN 1 .. coalesce(array_length(a_stream, 1), 0) LOOP
      n := a_count[i];
      expected := a_expected[i];
      SELECT e.revision, e.position INTO last_rev, last_pos FROM wenming_events e
        WHERE e.district = a_district[i] AND e.stream_name = a_stream[i]
        ORDER BY e.revision DESC LIMIT 1;
      IF last_rev IS NOT NULL AND n > 0 THEN
        SELECT count(*), max(e.revision), max(e.position) INTO found_n, found_rev, found_pos
          FROM wenming_events e
          WHERE e.district = a_district[i] AND e.stream_name = a_stream[i]
            AND e.id = ANY (e_id[first : first + n - 1]);
        IF found_n = n THEN
          o_outcome := 0; o_revision := found_rev; o_position := found_pos;
          RETURN NEXT; first := first + n; CONTINUE;
        ELSIF found_n > 0 THEN
          o_outcome := 1; o_revision := last_rev; o_position := NULL;
          RETURN NEXT; first := first + n; CONTINUE;
        END IF;
      END IF;
      IF (expected = -1 AND last_rev IS NOT NULL)
        OR (expected = -3 AND last_rev IS NULL)
        OR (expected >= 0 AND last_rev IS DISTINCT FROM expected) THEN
        o_outcome := 1; o_revision := coalesce(last_rev, -1); o_position := NULL;
        RETURN NEXT; first := first + n; CONTINUE;
      END IF;
      IF n = 0 THEN
        o_outcome := 0; o_revision := coalesce(last_rev, -1); o_position := coalesce(last_pos, 0);
        RETURN NEXT; CONTINUE;
      END IF;
      INSERT INTO wenming_events
        (position, district, stream_name, revision, id, type, data, metadata, recorded_at)
        SELECT next_pos + k, a_district[i], a_stream[i], coalesce(last_rev, -1) + k,
          e_id[first + k - 1], e_type[first + k - 1], e_data[first + k - 1],
          e_metadata[first + k - 1], now()
        FROM generate_series(1, n) AS k;
      next_pos := next_pos + n;
      wrote := true;
      o_outcome := 0; o_revision := coalesce(last_rev, -1) + n; o_position := next_pos;
      RETURN NEXT;
      first := first + n;
    END LOOP;
    IF wrote THEN
      UPDATE wenming_positions SET last = next_pos;
      PERFORM pg_notify('${APPENDED_CHANNEL}', next_pos::text);
    END IF;
  END
  $fn$;
  `,
]

/** The schema version this package writes and reads. */
export const SCHEMA_VERSION = MIGRATIONS.length

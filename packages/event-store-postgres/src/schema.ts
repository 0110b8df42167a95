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

  -- One call appends a batch of appends, each checked against its stream. The caller sends no
  -- stream twice and no event id in two appends of one batch (it cuts the batch there), so every
  -- append is decided from the heads read at the start, in three statements for the whole batch.
  -- Outcome 0: written (or an idempotent re-append: the original result); 1: conflict, o_revision
  -- the stream's actual revision (-1: no stream).
  -- Expected revision codes: -2 any, -1 no_stream, -3 stream_exists, >= 0 that revision.
  CREATE FUNCTION wenming_append(
    a_district text[], a_stream text[], a_expected bigint[], a_count int[],
    e_append int[], e_id text[], e_type text[], e_data json[], e_metadata json[]
  ) RETURNS TABLE (o_outcome int, o_revision bigint, o_position bigint)
  LANGUAGE plpgsql AS $fn$
  DECLARE
    k int := coalesce(array_length(a_stream, 1), 0);
    head_rev bigint[];
    head_pos bigint[];
    found_n int[];
    found_rev bigint[];
    found_pos bigint[];
    first_event int[] := '{}';
    write_from bigint[] := '{}';
    rev_from bigint[] := '{}';
    start_pos bigint;
    next_pos bigint;
    events_before int := 0;
    n int;
    expected bigint;
    head bigint;
  BEGIN
    -- Positions are assigned and committed one transaction at a time: the lock is held until
    -- COMMIT has made the events visible, so no reader can see a position before a lower one.
    PERFORM pg_advisory_xact_lock(${APPEND_LOCK_KEY});
    SELECT p.last INTO start_pos FROM wenming_positions p;
    next_pos := start_pos;
    SELECT array_agg(h.revision ORDER BY a.i), array_agg(h.position ORDER BY a.i)
      INTO head_rev, head_pos
      FROM unnest(a_district, a_stream) WITH ORDINALITY AS a(district, stream, i)
      LEFT JOIN LATERAL (
        SELECT e.revision, e.position FROM wenming_events e
        WHERE e.district = a.district AND e.stream_name = a.stream
        ORDER BY e.revision DESC LIMIT 1
      ) h ON true;
    SELECT array_agg(coalesce(f.n, 0) ORDER BY a.i), array_agg(f.rev ORDER BY a.i),
        array_agg(f.pos ORDER BY a.i)
      INTO found_n, found_rev, found_pos
      FROM generate_series(1, k) AS a(i)
      LEFT JOIN (
        SELECT ev.ai, count(*)::int AS n, max(e.revision) AS rev, max(e.position) AS pos
        FROM unnest(e_append, e_id) AS ev(ai, id)
        JOIN wenming_events e ON e.district = a_district[ev.ai]
          AND e.stream_name = a_stream[ev.ai] AND e.id = ev.id
        GROUP BY ev.ai
      ) f ON f.ai = a.i;
    FOR i IN 1 .. k LOOP
      n := a_count[i];
      expected := a_expected[i];
      head := head_rev[i];
      first_event[i] := events_before + 1;
      events_before := events_before + n;
      IF n > 0 AND found_n[i] = n THEN
        o_outcome := 0; o_revision := found_rev[i]; o_position := found_pos[i];
      ELSIF found_n[i] > 0
        OR (expected = -1 AND head IS NOT NULL)
        OR (expected = -3 AND head IS NULL)
        OR (expected >= 0 AND head IS DISTINCT FROM expected) THEN
        o_outcome := 1; o_revision := coalesce(head, -1); o_position := NULL;
      ELSIF n = 0 THEN
        o_outcome := 0; o_revision := coalesce(head, -1); o_position := coalesce(head_pos[i], 0);
      ELSE
        write_from[i] := next_pos;
        rev_from[i] := coalesce(head, -1);
        next_pos := next_pos + n;
        o_outcome := 0; o_revision := coalesce(head, -1) + n; o_position := next_pos;
      END IF;
      RETURN NEXT;
    END LOOP;
    IF next_pos > start_pos THEN
      INSERT INTO wenming_events
        (position, district, stream_name, revision, id, type, data, metadata, recorded_at)
        SELECT write_from[ev.ai] + ev.j - first_event[ev.ai] + 1, a_district[ev.ai],
          a_stream[ev.ai], rev_from[ev.ai] + ev.j - first_event[ev.ai] + 1,
          ev.id, ev.type, ev.data, ev.metadata, now()
        FROM unnest(e_append, e_id, e_type, e_data, e_metadata)
          WITH ORDINALITY AS ev(ai, id, type, data, metadata, j)
        WHERE write_from[ev.ai] IS NOT NULL;
      UPDATE wenming_positions SET last = next_pos;
      PERFORM pg_notify('${APPENDED_CHANNEL}', next_pos::text);
    END IF;
  END
  $fn$;
  `,
  `
  -- A batch looks each stream up once, by the stream index: head revision and event ids already
  -- there in one index range per append. (Version 1 joined the ids to the whole events table,
  -- which the planner ran as a scan of the partition: O(district) per batch.)
  CREATE OR REPLACE FUNCTION wenming_append(
    a_district text[], a_stream text[], a_expected bigint[], a_count int[],
    e_append int[], e_id text[], e_type text[], e_data json[], e_metadata json[]
  ) RETURNS TABLE (o_outcome int, o_revision bigint, o_position bigint)
  LANGUAGE plpgsql AS $fn$
  DECLARE
    k int := coalesce(array_length(a_stream, 1), 0);
    head_rev bigint[];
    found_n int[];
    found_rev bigint[];
    first_event int[] := '{}';
    write_from bigint[] := '{}';
    rev_from bigint[] := '{}';
    start_pos bigint;
    next_pos bigint;
    events_before int := 0;
    n int;
    expected bigint;
    head bigint;
  BEGIN
    -- Positions are assigned and committed one transaction at a time: the lock is held until
    -- COMMIT has made the events visible, so no reader can see a position before a lower one.
    PERFORM pg_advisory_xact_lock(${APPEND_LOCK_KEY});
    SELECT p.last INTO start_pos FROM wenming_positions p;
    next_pos := start_pos;
    SELECT array_agg(h.head ORDER BY a.i), array_agg(h.found_n ORDER BY a.i),
        array_agg(h.found_rev ORDER BY a.i)
      INTO head_rev, found_n, found_rev
      FROM unnest(a_district, a_stream) WITH ORDINALITY AS a(district, stream, i)
      CROSS JOIN LATERAL (
        SELECT array_agg(ev.id) AS v FROM unnest(e_append, e_id) AS ev(ai, id) WHERE ev.ai = a.i
      ) ids
      CROSS JOIN LATERAL (
        SELECT max(e.revision) AS head,
          (count(*) FILTER (WHERE e.id = ANY (ids.v)))::int AS found_n,
          max(e.revision) FILTER (WHERE e.id = ANY (ids.v)) AS found_rev
        FROM wenming_events e WHERE e.district = a.district AND e.stream_name = a.stream
      ) h;
    FOR i IN 1 .. k LOOP
      n := a_count[i];
      expected := a_expected[i];
      head := head_rev[i];
      first_event[i] := events_before + 1;
      events_before := events_before + n;
      IF n > 0 AND found_n[i] = n THEN
        o_outcome := 0; o_revision := found_rev[i];
        SELECT max(e.position) INTO o_position FROM wenming_events e
          WHERE e.district = a_district[i] AND e.stream_name = a_stream[i]
            AND e.id = ANY (e_id[first_event[i]:events_before]);
      ELSIF found_n[i] > 0
        OR (expected = -1 AND head IS NOT NULL)
        OR (expected = -3 AND head IS NULL)
        OR (expected >= 0 AND head IS DISTINCT FROM expected) THEN
        o_outcome := 1; o_revision := coalesce(head, -1); o_position := NULL;
      ELSIF n = 0 THEN
        o_outcome := 0; o_revision := coalesce(head, -1);
        SELECT coalesce(max(e.position), 0) INTO o_position FROM wenming_events e
          WHERE e.district = a_district[i] AND e.stream_name = a_stream[i];
      ELSE
        write_from[i] := next_pos;
        rev_from[i] := coalesce(head, -1);
        next_pos := next_pos + n;
        o_outcome := 0; o_revision := coalesce(head, -1) + n; o_position := next_pos;
      END IF;
      RETURN NEXT;
    END LOOP;
    IF next_pos > start_pos THEN
      INSERT INTO wenming_events
        (position, district, stream_name, revision, id, type, data, metadata, recorded_at)
        SELECT write_from[ev.ai] + ev.j - first_event[ev.ai] + 1, a_district[ev.ai],
          a_stream[ev.ai], rev_from[ev.ai] + ev.j - first_event[ev.ai] + 1,
          ev.id, ev.type, ev.data, ev.metadata, now()
        FROM unnest(e_append, e_id, e_type, e_data, e_metadata)
          WITH ORDINALITY AS ev(ai, id, type, data, metadata, j)
        WHERE write_from[ev.ai] IS NOT NULL;
      UPDATE wenming_positions SET last = next_pos;
      PERFORM pg_notify('${APPENDED_CHANNEL}', next_pos::text);
    END IF;
  END
  $fn$;

  -- The append of a batch of one, the only kind a sequential writer sends: scalar stream
  -- arguments and two statements before the INSERT (one lookup of the stream's head and of the
  -- event ids already in it), where \`wenming_append\` spends its array work. Same outcomes, same
  -- lock, same order.
  CREATE FUNCTION wenming_append_one(
    a_district text, a_stream text, a_expected bigint,
    e_id text[], e_type text[], e_data json[], e_metadata json[]
  ) RETURNS TABLE (o_outcome int, o_revision bigint, o_position bigint)
  LANGUAGE plpgsql AS $fn$
  DECLARE
    n int := coalesce(array_length(e_id, 1), 0);
    start_pos bigint;
    head bigint;
    found_n int;
    found_rev bigint;
  BEGIN
    PERFORM pg_advisory_xact_lock(${APPEND_LOCK_KEY});
    SELECT max(e.revision), count(*) FILTER (WHERE e.id = ANY (e_id)),
        max(e.revision) FILTER (WHERE e.id = ANY (e_id))
      INTO head, found_n, found_rev
      FROM wenming_events e WHERE e.district = a_district AND e.stream_name = a_stream;
    IF n > 0 AND found_n = n THEN
      o_outcome := 0; o_revision := found_rev;
      SELECT max(e.position) INTO o_position FROM wenming_events e
        WHERE e.district = a_district AND e.stream_name = a_stream AND e.id = ANY (e_id);
    ELSIF found_n > 0
      OR (a_expected = -1 AND head IS NOT NULL)
      OR (a_expected = -3 AND head IS NULL)
      OR (a_expected >= 0 AND head IS DISTINCT FROM a_expected) THEN
      o_outcome := 1; o_revision := coalesce(head, -1); o_position := NULL;
    ELSIF n = 0 THEN
      o_outcome := 0; o_revision := coalesce(head, -1);
      SELECT coalesce(max(e.position), 0) INTO o_position FROM wenming_events e
        WHERE e.district = a_district AND e.stream_name = a_stream;
    ELSE
      SELECT p.last INTO start_pos FROM wenming_positions p;
      INSERT INTO wenming_events
        (position, district, stream_name, revision, id, type, data, metadata, recorded_at)
        SELECT start_pos + ev.j, a_district, a_stream, coalesce(head, -1) + ev.j,
          ev.id, ev.type, ev.data, ev.metadata, now()
        FROM unnest(e_id, e_type, e_data, e_metadata) WITH ORDINALITY AS ev(id, type, data, metadata, j);
      UPDATE wenming_positions SET last = start_pos + n;
      PERFORM pg_notify('${APPENDED_CHANNEL}', (start_pos + n)::text);
      o_outcome := 0; o_revision := coalesce(head, -1) + n; o_position := start_pos + n;
    END IF;
    RETURN NEXT;
  END
  $fn$;
  `,
]

/** The schema version this package writes and reads. */
export const SCHEMA_VERSION = MIGRATIONS.length

import { randomUUID } from 'node:crypto'
import type pg from 'pg'
import {
  WrongExpectedRevisionError,
  type AppendResult,
  type EventData,
  type ExpectedRevision,
} from '@wenming/event-store'

/** One `appendToStream` call waiting for the batch that carries it. */
export type AppendJob = {
  readonly district: string
  readonly streamName: string
  readonly events: readonly EventData[]
  readonly expectedRevision: ExpectedRevision
}

/** What became of one append of a batch. */
export type AppendOutcome = { ok: true; result: AppendResult } | { ok: false; error: unknown }

const expectedCode = (expected: ExpectedRevision): number => {
  switch (expected) {
    case 'any':
      return -2
    case 'no_stream':
      return -1
    case 'stream_exists':
      return -3
    default:
      return expected
  }
}

const duplicateId = (events: readonly EventData[]): string | undefined => {
  const seen = new Set<string>()
  for (const event of events) {
    if (event.id === undefined) continue
    if (seen.has(event.id)) return event.id
    seen.add(event.id)
  }
  return undefined
}

// Named, so each connection parses and plans them once.
const BATCH_QUERY = {
  name: 'wenming_append',
  text: 'SELECT o_outcome, o_revision, o_position FROM wenming_append($1, $2, $3, $4, $5, $6, $7, $8, $9)',
}
const ONE_QUERY = {
  name: 'wenming_append_one',
  text: 'SELECT o_outcome, o_revision, o_position FROM wenming_append_one($1, $2, $3, $4, $5, $6, $7)',
}

type OutcomeRow = { o_outcome: number; o_revision: number; o_position: number | null }

/**
 * Whether `job` may join a batch holding `streams` and `ids`: `wenming_append` decides every
 * append from the heads read at the start, so a batch holds no stream twice and no caller-given
 * event id in two appends. Adds the job's keys when it may.
 */
export const joinsBatch = (job: AppendJob, streams: Set<string>, ids: Set<string>): boolean => {
  const stream = `${job.district}\u0000${job.streamName}`
  if (streams.has(stream)) return false
  for (const event of job.events) if (event.id !== undefined && ids.has(event.id)) return false
  streams.add(stream)
  for (const event of job.events) if (event.id !== undefined) ids.add(event.id)
  return true
}

/**
 * Appends a batch in one call and one transaction (`wenming_append`, or `wenming_append_one` for a
 * batch of one), each append with its own expected-revision check and outcome; the caller settles
 * them only after COMMIT.
 */
export const appendBatch = async (
  client: Pick<pg.ClientBase, 'query'>,
  jobs: readonly AppendJob[],
): Promise<AppendOutcome[]> => {
  const outcomes: (AppendOutcome | undefined)[] = jobs.map((job) => {
    const duplicate = duplicateId(job.events)
    return duplicate === undefined
      ? undefined
      : {
          ok: false,
          error: new Error(
            `Event id '${duplicate}' appears twice in one append to '${job.streamName}'`,
          ),
        }
  })
  const sent = jobs.filter((_, i) => outcomes[i] === undefined)
  if (sent.length > 0) {
    const districts: string[] = []
    const streams: string[] = []
    const expected: number[] = []
    const counts: number[] = []
    const appendOf: number[] = []
    const ids: string[] = []
    const types: string[] = []
    const data: (string | null)[] = []
    const metadata: (string | null)[] = []
    for (const [i, job] of sent.entries()) {
      districts.push(job.district)
      streams.push(job.streamName)
      expected.push(expectedCode(job.expectedRevision))
      counts.push(job.events.length)
      for (const event of job.events) {
        appendOf.push(i + 1)
        ids.push(event.id ?? randomUUID())
        types.push(event.type)
        data.push(event.data === undefined ? null : JSON.stringify(event.data))
        metadata.push(event.metadata === undefined ? null : JSON.stringify(event.metadata))
      }
    }
    const one = sent.length === 1
    const { rows } = await client.query<OutcomeRow>(
      one
        ? {
            ...ONE_QUERY,
            values: [districts[0], streams[0], expected[0], ids, types, data, metadata],
          }
        : {
            ...BATCH_QUERY,
            values: [districts, streams, expected, counts, appendOf, ids, types, data, metadata],
          },
    )
    let row = 0
    jobs.forEach((job, i) => {
      if (outcomes[i] !== undefined) return
      const { o_outcome, o_revision, o_position } = rows[row++]!
      outcomes[i] =
        o_outcome === 0
          ? { ok: true, result: { nextExpectedRevision: o_revision, position: o_position ?? 0 } }
          : {
              ok: false,
              error: new WrongExpectedRevisionError(
                job.streamName,
                job.expectedRevision,
                o_revision < 0 ? 'no_stream' : o_revision,
              ),
            }
    })
  }
  return outcomes as AppendOutcome[]
}

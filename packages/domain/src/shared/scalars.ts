import { z } from 'zod'

/** An instant as ISO-8601 UTC (`2026-03-01T08:00:00.000Z`). */
export const timestampSchema = z.iso.datetime()

/** A calendar date as ISO-8601 (`2026-03-01`). */
export const calendarDateSchema = z.iso.date()

/** A non-empty identifier. */
export const idSchema = z.string().min(1)

import { z } from 'zod'

/** Volunteer service hours of one occasion, in total: 0 to 10,000 (100 people for 100 hours). */
export const hoursSchema = z.number().min(0).max(10_000)

/** People served or reached by one occasion: 0 to 1,000,000. */
export const audienceSchema = z.number().int().min(0).max(1_000_000)

/** Volunteers at one occasion, from `min` (0 or 1) to 10,000. */
export const volunteerCountSchema = (min: 0 | 1) => z.number().int().min(min).max(10_000)

/** How many orders a team holds at once: 1 to 1,000. */
export const capacitySchema = z.number().int().min(1).max(1_000)

/** An evaluation's rating: a whole number 1-5. */
export const ratingSchema = z.number().int().min(1).max(5)

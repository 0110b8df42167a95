import { z } from 'zod'

/** The roles a bearer token can carry. */
export const roleSchema = z.enum([
  'resident',
  'station-admin',
  'institute-admin',
  'centre-dispatcher',
  'team-leader',
  'auditor',
  /** A judge of the district's project competition: scores submitted projects (S4). */
  'judge',
  /** A registered volunteer: the principal id is their volunteer id. */
  'volunteer',
])

export type Role = z.infer<typeof roleSchema>

/** Who a request acts as: an id recorded in event metadata, a role and the sites and teams in scope. */
export const principalSchema = z.object({
  id: z.string().min(1),
  role: roleSchema,
  /** Sites a station or institute admin manages. */
  sites: z.array(z.string().min(1)).default([]),
  /** Teams a team leader leads. */
  teams: z.array(z.string().min(1)).default([]),
  displayName: z.string().optional(),
})

export type Principal = z.infer<typeof principalSchema>

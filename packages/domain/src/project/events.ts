import { z } from 'zod'
import { idSchema, timestampSchema } from '../shared/scalars.js'

/** A site or organisation's project enters the district's library (S4). */
export const projectSubmittedSchema = z.object({
  type: z.literal('ProjectSubmitted'),
  data: z.object({
    projectId: idSchema,
    districtId: idSchema,
    title: z.string().min(1).max(100),
    description: z.string().max(2000),
    /** The catalogue entry (its code) the project serves under. */
    category: idSchema,
    /** The team that carries the project out, and serves it once it wins. */
    teamId: idSchema,
    targetGroup: z.string().min(1).max(200),
    submittedBy: idSchema,
    at: timestampSchema,
  }),
})

/** A closed round's winner became catalogue entry `entryCode`, served by the project's team (S4). */
export const projectAwardedSchema = z.object({
  type: z.literal('ProjectAwarded'),
  data: z.object({
    projectId: idSchema,
    roundId: idSchema,
    entryCode: idSchema,
    at: timestampSchema,
  }),
})

/** Every event of a `project-<id>` stream. */
export const projectEventSchema = z.discriminatedUnion('type', [
  projectSubmittedSchema,
  projectAwardedSchema,
])

/** The centre opens a competition round of its district (S4). */
export const projectRoundOpenedSchema = z.object({
  type: z.literal('ProjectRoundOpened'),
  data: z.object({
    roundId: idSchema,
    districtId: idSchema,
    title: z.string().min(1).max(100),
    openedBy: idSchema,
    at: timestampSchema,
  }),
})

/** A judge scores a submitted project of the round's district, once (S4). */
export const projectScoredSchema = z.object({
  type: z.literal('ProjectScored'),
  data: z.object({
    roundId: idSchema,
    projectId: idSchema,
    judgeId: idSchema,
    score: z.number().int().min(0).max(100),
    at: timestampSchema,
  }),
})

/** The centre closes the round with its winners, each of them scored in it (S4). */
export const projectRoundClosedSchema = z.object({
  type: z.literal('ProjectRoundClosed'),
  data: z.object({
    roundId: idSchema,
    winners: z.array(idSchema).min(1),
    closedBy: idSchema,
    at: timestampSchema,
  }),
})

/** Every event of a `competition-round-<id>` stream. */
export const projectRoundEventSchema = z.discriminatedUnion('type', [
  projectRoundOpenedSchema,
  projectScoredSchema,
  projectRoundClosedSchema,
])

export type ProjectSubmitted = z.infer<typeof projectSubmittedSchema>
export type ProjectAwarded = z.infer<typeof projectAwardedSchema>
export type ProjectEvent = z.infer<typeof projectEventSchema>
export type ProjectRoundOpened = z.infer<typeof projectRoundOpenedSchema>
export type ProjectScored = z.infer<typeof projectScoredSchema>
export type ProjectRoundClosed = z.infer<typeof projectRoundClosedSchema>
export type ProjectRoundEvent = z.infer<typeof projectRoundEventSchema>

/** The schema version of each project and round event type. */
export const projectEventSchemaVersions: Readonly<
  Record<ProjectEvent['type'] | ProjectRoundEvent['type'], number>
> = {
  ProjectSubmitted: 1,
  ProjectAwarded: 1,
  ProjectRoundOpened: 1,
  ProjectScored: 1,
  ProjectRoundClosed: 1,
}

/** The catalogue code of the entry a winning project becomes. */
export const projectEntryCode = (projectId: string): string => `project-${projectId}`

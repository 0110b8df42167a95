import { z } from 'zod'
import { commandMetadataSchema } from '../shared/command-metadata.js'
import { idSchema } from '../shared/scalars.js'

/** A site or organisation submits a project to the district's library (S4). */
export const submitProjectSchema = z.object({
  type: z.literal('SubmitProject'),
  data: z.object({
    projectId: idSchema,
    title: z.string().trim().min(1).max(100),
    description: z.string().max(2000).default(''),
    /** An active entry of the team's district's catalogue. */
    category: idSchema,
    teamId: idSchema,
    targetGroup: z.string().trim().min(1).max(200),
  }),
  metadata: commandMetadataSchema,
})

/** The centre opens a competition round (S4). */
export const openProjectRoundSchema = z.object({
  type: z.literal('OpenProjectRound'),
  data: z.object({ roundId: idSchema, districtId: idSchema, title: z.string().trim().min(1) }),
  metadata: commandMetadataSchema,
})

/** A judge scores a submitted project in an open round (0-100), once. */
export const scoreProjectSchema = z.object({
  type: z.literal('ScoreProject'),
  data: z.object({
    roundId: idSchema,
    projectId: idSchema,
    score: z.number().int().min(0).max(100),
  }),
  metadata: commandMetadataSchema,
})

/** The centre closes the round with its winners; each becomes a catalogue entry (S4). */
export const closeProjectRoundSchema = z.object({
  type: z.literal('CloseProjectRound'),
  data: z.object({
    roundId: idSchema,
    winners: z
      .array(idSchema)
      .min(1)
      .max(20)
      .refine((ids) => new Set(ids).size === ids.length, { message: 'each winner once' }),
  }),
  metadata: commandMetadataSchema,
})

/** Every public command on projects and rounds. */
export const projectCommandSchema = z.discriminatedUnion('type', [
  submitProjectSchema,
  openProjectRoundSchema,
  scoreProjectSchema,
  closeProjectRoundSchema,
])

export type SubmitProject = z.infer<typeof submitProjectSchema>
export type OpenProjectRound = z.infer<typeof openProjectRoundSchema>
export type ScoreProject = z.infer<typeof scoreProjectSchema>
export type CloseProjectRound = z.infer<typeof closeProjectRoundSchema>
export type ProjectCommand = z.infer<typeof projectCommandSchema>

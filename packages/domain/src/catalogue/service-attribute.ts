import { z } from 'zod'
import { idSchema } from '../shared/scalars.js'

/** How a request answers an attribute (Open311's `datatype`). */
export const attributeDatatypeSchema = z.enum([
  'string',
  'text',
  'number',
  'datetime',
  'singlevaluelist',
  'multivaluelist',
])

/** One choice of a value-list attribute (Open311's `values`: key and name). */
export const attributeValueSchema = z.object({
  key: z.string().min(1).max(100),
  name: z.string().min(1).max(100),
})

/**
 * A question a request for a catalogue entry answers, in the style of an Open311 service
 * definition attribute: a code, the question in Chinese, its datatype, whether it is required, the
 * allowed values of a list, and its place in the form.
 */
export const serviceAttributeSchema = z.object({
  code: idSchema,
  /** The question as residents read it (`需要服务的老人人数`). */
  description: z.string().min(1).max(200),
  datatype: attributeDatatypeSchema,
  required: z.boolean().default(false),
  /** The choices of a `singlevaluelist` / `multivaluelist`; empty for the other datatypes. */
  values: z.array(attributeValueSchema).max(50).default([]),
  /** Where the question stands in the form, smallest first. */
  order: z.number().int().min(0).max(1000),
})

/** An answer to one attribute: text, a number, or the keys chosen from a list. */
export const attributeAnswerSchema = z.union([
  z.string().max(2000),
  z.number(),
  z.array(z.string().max(100)).max(50),
])

/** A request's answers by attribute code. */
export const attributeAnswersSchema = z.record(z.string(), attributeAnswerSchema)

export type AttributeDatatype = z.infer<typeof attributeDatatypeSchema>
export type ServiceAttribute = z.infer<typeof serviceAttributeSchema>
export type AttributeAnswer = z.infer<typeof attributeAnswerSchema>
export type AttributeAnswers = z.infer<typeof attributeAnswersSchema>

import { hash } from 'node:crypto'
import type { CommandContext, DomainEvent, EventStore } from '@wenming/event-store'
import { z } from 'zod'
import type { ApiDependencies, CommandInput, CommandRoute } from './command-route.js'
import type { Principal, Role } from './principal.js'
import { httpProblem } from './problem-details.js'
import { timestampFields, toUtcTimestamps, withOffsetTimestamps } from './utc-timestamps.js'

/** The shape of every domain command schema: `{ type, data, metadata }`. */
export type CommandSchema = z.ZodObject<{
  type: z.ZodLiteral<string>
  data: z.ZodObject
  metadata: z.ZodType
}>

export type Data<S extends CommandSchema> = z.output<S['shape']['data']>

/** What a domain handler answers: the events and the revision of the command's stream, or a refusal. */
export type DomainHandlerResult =
  | {
      readonly ok: true
      readonly events: readonly DomainEvent[]
      readonly nextExpectedRevision: number
    }
  | { readonly ok: false; readonly error: { readonly type: string } }

/** A domain command handler: `handleOrderCommand(store, command, context)` and its kin. */
export type DomainHandler<S extends CommandSchema> = (
  store: EventStore,
  command: z.output<S>,
  context: CommandContext,
) => Promise<DomainHandlerResult>

export type DomainCommandSpec<S extends CommandSchema> = {
  url: string
  operationId: string
  summary: string
  /** The OpenAPI description (default: where the summary's rule codes are written). */
  description?: string
  tag: string
  /** The domain's command schema: the body is its `data` without the fields taken from the URL. */
  schema: S
  /** `data` fields that come from URL params (`/orders/:orderId/accept`). */
  fromParams: readonly (keyof Data<S> & string)[]
  /** A `data` id the body may leave out: the API derives it from the command id (stable on retry). */
  generatedId?: keyof Data<S> & string
  /** A `data` team id the body may leave out when the principal leads exactly one team. */
  teamOfLeader?: keyof Data<S> & string
  /** `data` fields the body may leave out, filled from the principal (the accepting level, O8). */
  principalDefaults?: (principal: Principal) => Readonly<Record<string, unknown>>
  roles: readonly Role[]
  /** Whether the principal's scope covers the command's data; may read the store. */
  authorize?: (principal: Principal, data: Data<S>, deps: ApiDependencies) => Promise<boolean>
  handle: DomainHandler<S>
  /** The stream the command writes, for the response. */
  stream: (data: Data<S>) => string
  location: (data: Data<S>) => string
  successStatus?: 200 | 201
  /**
   * Refusals that mean the resource does not exist: answered 404 like a failed lookup, so that a
   * route needs no read of its own before the handler's (an unknown order is `OrderNotFound`).
   */
  notFound?: {
    readonly refusal: string
    readonly title: string
    readonly detail: (data: Data<S>) => string
  }
}

const pick = (shape: z.core.$ZodLooseShape, keys: readonly string[], keep: boolean) =>
  Object.fromEntries(Object.entries(shape).filter(([key]) => keys.includes(key) === keep))

/** The rule codes a summary cites (`T1`, `C2`, `O6`, ...), as docs/domain-rules.md names them. */
const ruleCodes = (summary: string): string[] =>
  [...summary.matchAll(/\b([OTCDSV][1-9])\b/g)].map((m) => m[1] ?? '')

/** The OpenAPI description of a command whose summary cites rules: where each rule is written. */
export const ruleDescription = (summary: string): string | undefined => {
  const codes = ruleCodes(summary)
  if (codes.length === 0) return undefined
  const links = codes.map((code) => `${code} (docs/domain-rules.md#${code.toLowerCase()})`)
  return `Domain rules: ${links.join(', ')} in the Wenming repository.`
}

/** A readable id derived from the command id, so a keyed retry creates the same resource. */
export const derivedId = (commandId: string): string =>
  hash('sha256', commandId, 'base64url').slice(0, 16)

const invalid = (error: z.ZodError): never => {
  const errors = error.issues.map((issue) => {
    const [first, ...rest] = issue.path.map(String)
    return {
      in: first === 'data' ? 'body' : (first ?? 'body'),
      field: (first === 'data' ? rest : issue.path.map(String)).join('.'),
      message: issue.message,
    }
  })
  const head = errors[0]
  throw httpProblem(
    400,
    'validation-error',
    'The request is malformed',
    head === undefined ? undefined : `${head.in}.${head.field}: ${head.message}`,
    { errors },
  )
}

/**
 * Turns a domain command schema and handler into a {@link CommandRoute}: URL params and body are
 * validated with the command's own `data` schema, the command gets `metadata.now` from the clock
 * and `metadata.actor` from the principal, and runs through the domain handler.
 */
export const domainCommandRoute = <S extends CommandSchema>(
  spec: DomainCommandSpec<S>,
): CommandRoute => {
  const dataSchema = spec.schema.shape.data
  const shape = dataSchema.shape
  const bodyShape = pick(shape, spec.fromParams, false)
  if (spec.generatedId !== undefined) {
    const idField = bodyShape[spec.generatedId] as z.ZodType
    bodyShape[spec.generatedId] = idField.optional()
  }
  if (spec.teamOfLeader !== undefined) {
    const teamField = bodyShape[spec.teamOfLeader] as z.ZodType
    bodyShape[spec.teamOfLeader] = teamField
      .optional()
      .describe('The team acting; a leader of exactly one team may leave it out')
  }
  const instants = timestampFields(shape)
  const type = spec.schema.shape.type.value
  const description = spec.description ?? ruleDescription(spec.summary)
  // The command is parsed once per request: the scope check and the handler share it.
  const parsed = new WeakMap<CommandInput<unknown, unknown>, z.output<S>>()
  const commandOf = (input: CommandInput<unknown, unknown>): z.output<S> => {
    const known = parsed.get(input)
    if (known !== undefined) return known
    const data = toUtcTimestamps(
      { ...(input.body as object), ...(input.params as object) },
      instants,
    )
    if (spec.generatedId !== undefined && data[spec.generatedId] === undefined) {
      data[spec.generatedId] = derivedId(input.context.commandId)
    }
    for (const [key, value] of Object.entries(spec.principalDefaults?.(input.principal) ?? {})) {
      if (data[key] === undefined) data[key] = value
    }
    const { teams } = input.principal
    if (
      spec.teamOfLeader !== undefined &&
      data[spec.teamOfLeader] === undefined &&
      teams.length === 1
    ) {
      data[spec.teamOfLeader] = teams[0]
    }
    const result = spec.schema.safeParse({
      type,
      data,
      metadata: {
        now: input.now.toISOString(),
        actor: { id: input.principal.id, role: input.principal.role },
      },
    })
    if (!result.success) return invalid(result.error)
    parsed.set(input, result.data)
    return result.data
  }
  const dataOf = (input: CommandInput<unknown, unknown>): Data<S> =>
    commandOf(input).data as Data<S>
  return {
    url: spec.url,
    operationId: spec.operationId,
    summary: spec.summary,
    ...(description === undefined ? {} : { description }),
    tag: spec.tag,
    params: z.strictObject(pick(shape, spec.fromParams, true)),
    body: z
      .strictObject(withOffsetTimestamps(bodyShape as Record<string, z.ZodType>, instants))
      .describe(`The data of a ${type} command`),
    roles: spec.roles,
    ...(spec.successStatus === undefined ? {} : { successStatus: spec.successStatus }),
    authorize: async (input, deps) =>
      spec.authorize === undefined ? true : spec.authorize(input.principal, dataOf(input), deps),
    execute: async (input, { store }) => {
      const command = commandOf(input)
      // If-Match travels in the context and is checked once, by the domain: a process checks it
      // on its own stream before it holds anything elsewhere (a dispatch before reserving).
      const result = await spec.handle(store, command, input.context)
      const data = command.data as Data<S>
      if (!result.ok) {
        if (spec.notFound !== undefined && result.error.type === spec.notFound.refusal) {
          throw httpProblem(404, 'not-found', spec.notFound.title, spec.notFound.detail(data))
        }
        return { ok: false, error: { ...result.error } }
      }
      return {
        ok: true,
        streamName: spec.stream(data),
        revision: result.nextExpectedRevision,
        events: result.events,
        location: spec.location(data),
      }
    },
  }
}

import type { CommandContext, DomainEvent, EventStore } from '@wenming/event-store'
import type { z } from 'zod'
import type { Principal, Role } from './principal.js'

/** What a command route's `execute` reports: the stream it wrote, or the domain's refusal. */
export type CommandOutcome =
  | {
      ok: true
      streamName: string
      /** The stream revision after the command: the response's ETag. */
      revision: number
      events: readonly DomainEvent[]
      /** Path of the resource the command created or changed (the `Location` header). */
      location?: string
    }
  | { ok: false; error: { type: string } & Record<string, unknown> }

/** The validated input of a command request, with who sends it and when. */
export type CommandInput<Params, Body> = {
  params: Params
  body: Body
  principal: Principal
  /** The API's clock at the request; it becomes the command's `metadata.now`. */
  now: Date
  /** Command id (from `Idempotency-Key`), expected revision (from `If-Match`) and metadata. */
  context: CommandContext
}

/** What every route can use: the event store and the clock. */
export type ApiDependencies = { store: EventStore; clock: () => Date }

/**
 * One command as a resource-oriented POST: its input schemas (the domain's), the roles allowed to
 * send it, a scope check, and how it runs (a domain command handler or process manager).
 */
export type CommandRoute<Params = unknown, Body = unknown> = {
  url: string
  operationId: string
  summary: string
  /** The OpenAPI description: what the summary's rule codes mean, for one. */
  description?: string
  tag: string
  params: z.ZodType<Params>
  body: z.ZodType<Body>
  roles: readonly Role[]
  /** Whether the principal's scope covers this input (its sites, its team, its own order). */
  authorize?: (input: CommandInput<Params, Body>, deps: ApiDependencies) => Promise<boolean>
  execute: (input: CommandInput<Params, Body>, deps: ApiDependencies) => Promise<CommandOutcome>
  /** 201 when the command creates its resource, 200 otherwise (the default). */
  successStatus?: 200 | 201
}

/** Erases a route's input types so routes of different commands fit in one list. */
export const commandRoute = <Params, Body>(route: CommandRoute<Params, Body>): CommandRoute =>
  route as unknown as CommandRoute

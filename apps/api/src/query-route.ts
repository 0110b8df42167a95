import type { z } from 'zod'
import type { ApiDependencies } from './command-route.js'
import type { Principal, Role } from './principal.js'

/** How fresh a read is: the read model's checkpoint and how many events it has yet to apply. */
export type Freshness = { checkpoint: number; behind: number }

/** What a query answers: a body (JSON, or text with its media type), an ETag, its freshness. */
export type QueryResult = {
  /** A value sent as JSON, or bytes already encoded in `contentType`. */
  body: unknown
  contentType?: string
  /** The stream revision the body reflects, for reads of one aggregate. */
  revision?: number
  /** A strong validator of the body itself (instead of `revision`): If-None-Match then gets 304. */
  etag?: string
  freshness?: Freshness
}

export type QueryInput<Params, Query> = { params: Params; query: Query; principal: Principal }

/** One read as a GET: its input schemas, the roles allowed, a scope check and how it answers. */
export type QueryRoute<Params = unknown, Query = unknown> = {
  url: string
  operationId: string
  summary: string
  /** Longer OpenAPI text: who sees what (personal fields), caveats. */
  description?: string
  tag: string
  /** The 200 answer's schema (a named component when it has a `meta` id), with the error answers. */
  response?: z.ZodType
  params: z.ZodType<Params>
  query: z.ZodType<Query>
  roles: readonly Role[]
  /** Answered without authentication (a certificate check); `roles` and the principal are unused. */
  public?: boolean
  authorize?: (input: QueryInput<Params, Query>, deps: ApiDependencies) => Promise<boolean>
  execute: (input: QueryInput<Params, Query>, deps: ApiDependencies) => Promise<QueryResult>
}

/** Erases a route's input types so routes of different queries fit in one list. */
export const queryRoute = <Params, Query>(route: QueryRoute<Params, Query>): QueryRoute =>
  route as unknown as QueryRoute

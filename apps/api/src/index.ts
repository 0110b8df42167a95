export { createApiServer } from './create-api-server.js'
export type { ApiServerOptions } from './create-api-server.js'
export { authConfigSchema, loadAuthConfig } from './auth-config.js'
export type { AuthConfig } from './auth-config.js'
export { principalSchema, roleSchema } from './principal.js'
export type { Principal, Role } from './principal.js'
export { commandRoute } from './command-route.js'
export type {
  ApiDependencies,
  CommandInput,
  CommandOutcome,
  CommandRoute,
} from './command-route.js'
export { queryRoute } from './query-route.js'
export type { Freshness, QueryInput, QueryResult, QueryRoute } from './query-route.js'
export { HttpProblem, httpProblem, isHttpProblem, problemType } from './problem-details.js'
export type { ProblemDetails } from './problem-details.js'
export type { ReadinessCheck } from './health-routes.js'
export { createDevAuthConfig } from './dev-auth-config.js'
export type { DevScope } from './dev-auth-config.js'
export { createWenmingApi } from './create-wenming-api.js'
export type { WenmingApi, WenmingApiOptions } from './create-wenming-api.js'
export { startLiveProjections } from './live-projections.js'
export type { LiveProjections, LiveProjectionsOptions } from './live-projections.js'
export { createLogger } from './create-logger.js'
export type { LoggerOptions } from './create-logger.js'

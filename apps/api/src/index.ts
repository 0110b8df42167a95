export { createApiServer } from './create-api-server.js'
export type { ApiServerOptions } from './create-api-server.js'
export { apiPlugin } from './api-plugin.js'
export type { ApiPluginOptions } from './api-plugin.js'
export { wenmingApi } from './wenming-api-plugin.js'
export type { WenmingApiPluginOptions, WenmingRuntime } from './wenming-api-plugin.js'
export type { ServerAppOptions } from './create-server-app.js'
export { closeWithin } from './close-within.js'
export { createApiMetrics } from './api-metrics.js'
export type {
  ApiMetrics,
  ApiMetricsOptions,
  CommandMeter,
  ProjectionLagSource,
} from './api-metrics.js'
export type { MetricsAccess } from './metrics-route.js'
export { DEFAULT_RATE_LIMITS } from './rate-limits.js'
export type { FailedAuthenticationLimit, RateLimit, RateLimits } from './rate-limits.js'
export { authConfigSchema, loadAuthConfig } from './auth-config.js'
export type { AuthConfig, AuthToken } from './auth-config.js'
export { DEFAULT_TOKEN_DAYS, issueToken } from './issue-token.js'
export { createAuthenticator } from './authenticate.js'
export type { Authenticator } from './authenticate.js'
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
export { DEFAULT_RECOVERY_INTERVAL_MS, startProcessRecovery } from './process-recovery.js'
export type { ProcessRecovery, ProcessRecoveryOptions } from './process-recovery.js'
export { createInMemoryIdempotencyKeys, IDEMPOTENCY_WINDOW_MS } from './idempotency-keys.js'
export type { IdempotencyKeyRecord, IdempotencyKeys } from './idempotency-keys.js'
export { DEFAULT_HTTP_LIMITS } from './http-limits.js'
export type { HttpLimits } from './http-limits.js'
export { volunteerIdDigest } from './volunteer-id-digest.js'

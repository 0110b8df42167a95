/** Limits that drop slow or idle clients and cap connections; every field has a default. */
export type HttpLimits = {
  /** Time to receive a request's headers (default 10,000 ms). */
  headersTimeoutMs?: number
  /** Time to receive a whole request, body included (default 30,000 ms). */
  requestTimeoutMs?: number
  /** A socket with no traffic for this long is closed (default 60,000 ms). */
  idleTimeoutMs?: number
  /** How long a keep-alive connection waits for its next request (default 5,000 ms). */
  keepAliveTimeoutMs?: number
  /** Connections beyond this many are closed at once (default 1,000). */
  maxConnections?: number
}

/** The defaults of {@link HttpLimits}. */
export const DEFAULT_HTTP_LIMITS: Required<HttpLimits> = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  idleTimeoutMs: 60_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1_000,
}

/** Fastify's server options for `limits`, with the defaults filled in. */
export const fastifyHttpOptions = (limits: HttpLimits = {}) => {
  const l = { ...DEFAULT_HTTP_LIMITS, ...limits }
  return {
    connectionTimeout: l.idleTimeoutMs,
    keepAliveTimeout: l.keepAliveTimeoutMs,
    requestTimeout: l.requestTimeoutMs,
    http: {
      headersTimeout: Math.min(l.headersTimeoutMs, l.requestTimeoutMs),
      requestTimeout: l.requestTimeoutMs,
      // How often Node checks the two timeouts above (its default, 30 s, would blur them).
      connectionsCheckingInterval: Math.max(
        50,
        Math.min(1_000, Math.floor(l.headersTimeoutMs / 4)),
      ),
    },
    maxConnections: l.maxConnections,
  }
}

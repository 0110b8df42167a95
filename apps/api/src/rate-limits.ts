/** One limit: at most `max` in `windowMs`. */
export type RateLimit = { max: number; windowMs: number }

/** The limit of failed authentications, and whether this host's own clients are exempt. */
export type FailedAuthenticationLimit = RateLimit & {
  /**
   * Leave the loopback interface out (default true): a reverse proxy on this host without
   * `trustProxy` would otherwise lock every user out after one client's failures.
   */
  exemptLoopback?: boolean
}

/**
 * The API's rate limits (`@fastify/rate-limit`, counted in this process): failed authentications
 * per client IP (default 20 a minute, the loopback interface exempt; then every request from that IP is refused with 429 until
 * the window ends, a right token or not) and commands per principal (default off: a district's
 * busiest dispatcher sends a few a second; set one, 600 a minute say, for an open deployment).
 * `false` turns a limit off. Behind a proxy, set Fastify's `trustProxy` so the IP is the client's.
 */
export type RateLimits = {
  failedAuthentications?: FailedAuthenticationLimit | false
  writesPerPrincipal?: RateLimit | false
}

/** The defaults of {@link RateLimits}. */
export const DEFAULT_RATE_LIMITS: { failedAuthentications: RateLimit; writesPerPrincipal: false } =
  {
    failedAuthentications: { max: 20, windowMs: 60_000 },
    writesPerPrincipal: false,
  }

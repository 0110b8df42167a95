/** One limit: at most `max` in `windowMs`. */
export type RateLimit = { max: number; windowMs: number }

/**
 * The API's rate limits (`@fastify/rate-limit`, counted in this process): failed authentications
 * per client IP (default 20 a minute; then every request from that IP is refused with 429 until
 * the window ends, a right token or not) and commands per principal (default off: a district's
 * busiest dispatcher sends a few a second; set one, 600 a minute say, for an open deployment).
 * `false` turns a limit off. Behind a proxy, set Fastify's `trustProxy` so the IP is the client's.
 */
export type RateLimits = {
  failedAuthentications?: RateLimit | false
  writesPerPrincipal?: RateLimit | false
}

/** The defaults of {@link RateLimits}. */
export const DEFAULT_RATE_LIMITS: { failedAuthentications: RateLimit; writesPerPrincipal: false } =
  {
    failedAuthentications: { max: 20, windowMs: 60_000 },
    writesPerPrincipal: false,
  }

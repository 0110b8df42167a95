import type { FastifyInstance } from 'fastify'

/**
 * Closes `app` gracefully within `ms`: it stops accepting connections, requests in flight finish,
 * new requests on open keep-alive connections get 503 (Fastify's `return503OnClosing`), and at the
 * deadline the connections still open are cut. Resolves once closed, with whether it had to cut.
 *
 * @example
 * process.once('SIGTERM', () => void closeWithin(app, 10_000).then(() => store.close()))
 */
export const closeWithin = async (
  app: FastifyInstance,
  ms: number,
): Promise<{ forced: boolean }> => {
  let forced = false
  let timer: ReturnType<typeof setTimeout> | undefined
  const closing = app.close()
  // A keep-alive connection whose request finishes after the close began would wait out its
  // keep-alive timeout: close connections as soon as they fall idle.
  const idle = setInterval(() => app.server.closeIdleConnections(), 50)
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      forced = true
      app.server.closeAllConnections()
      resolve()
    }, ms)
  })
  try {
    await Promise.race([closing, deadline])
    await closing
  } finally {
    clearTimeout(timer)
    clearInterval(idle)
  }
  return { forced }
}

import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { extname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'

/** Where `apps/web` builds to, seen from this module in `src/` or in the bundle in `dist/`. */
const DEFAULT_DIR = fileURLToPath(new URL('../../web/dist/', import.meta.url))

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
}

/** Text worth compressing once at start-up. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt'])

type ConsoleFile = {
  readonly body: Buffer
  readonly gzip: Buffer | undefined
  readonly type: string
  readonly cacheControl: string
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))

/** The built console in memory, by URL path; source maps and Vite's manifest stay on disk. */
const loadConsole = (dir: string): Map<string, ConsoleFile> => {
  const files = new Map<string, ConsoleFile>()
  for (const path of filesUnder(dir)) {
    const extension = extname(path)
    const url = `/${relative(dir, path).split(sep).join('/')}`
    if (extension === '.map' || url.startsWith('/.vite/')) continue
    const body = readFileSync(path)
    files.set(url, {
      body,
      gzip: COMPRESSIBLE.has(extension) && body.length > 1024 ? gzipSync(body) : undefined,
      type: MEDIA_TYPES[extension] ?? 'application/octet-stream',
      // Vite names every asset by its content hash: it never changes under its name.
      cacheControl: url.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    })
  }
  return files
}

const prefersHtml = (accept: string | undefined): boolean =>
  accept !== undefined && accept.includes('text/html')

const send = (request: FastifyRequest, reply: FastifyReply, file: ConsoleFile): FastifyReply => {
  const gzip =
    file.gzip !== undefined && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
  void reply
    .code(200)
    .header('content-type', file.type)
    .header('cache-control', file.cacheControl)
    .header('vary', 'accept, accept-encoding')
    .header('x-content-type-options', 'nosniff')
  if (gzip) void reply.header('content-encoding', 'gzip')
  return reply.send(request.method === 'HEAD' ? '' : gzip ? file.gzip : file.body)
}

/**
 * Serves the web console (`apps/web/dist`, or `dir`) when it is built: `GET /` answers its page to a
 * browser (one that accepts text/html) and the service root's JSON to everyone else; the built
 * assets answer at their paths, gzipped for clients that take it. Without a build it does nothing,
 * and the API serves alone. Returns whether the console is served.
 */
export const registerWebConsole = (
  app: FastifyInstance,
  options: { dir?: string } = {},
): boolean => {
  const dir = options.dir ?? process.env['WENMING_WEB_DIST'] ?? DEFAULT_DIR
  if (!existsSync(join(dir, 'index.html'))) return false
  const files = loadConsole(dir)
  const page = files.get('/index.html')
  if (page === undefined) return false
  // A hook, not routes: the assets stay out of the OpenAPI document and need no token, and `/`
  // keeps its JSON answer for API clients.
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return
    const path = request.url.split('?')[0] ?? ''
    const file =
      path === '/' ? (prefersHtml(request.headers.accept) ? page : undefined) : files.get(path)
    if (file === undefined) return
    return send(request, reply, file)
  })
  return true
}

import { freshnessOf, type Freshness } from './freshness'
import { ApiProblemError, toProblem } from './problem'

/** A read's body with the freshness its projection headers state and its ETag. */
export type Read<T> = { readonly data: T; readonly freshness: Freshness | null; readonly etag: string | null }

/** What a command answers: the stream it wrote, its new revision and the events it appended. */
export type CommandAnswer = {
  readonly streamName: string
  readonly revision: number
  readonly events: readonly { readonly type: string; readonly data: unknown }[]
  readonly location: string | null
}

export type QueryValue = string | number | boolean | undefined
export type Query = Readonly<Record<string, QueryValue>>

/** The console's HTTP client: bearer token, language, problem details as {@link ApiProblemError}. */
export type ApiClient = {
  get<T>(path: string, query?: Query): Promise<Read<T>>
  /** A command; one idempotency key per submission, so that a retried submission appends nothing. */
  post(path: string, body: unknown, options?: { idempotencyKey?: string; ifMatch?: string }): Promise<CommandAnswer>
  /** A read answered as text (the report's Chinese summary), with its freshness. */
  text(path: string, query?: Query): Promise<Read<string>>
  /** A file (a report as xlsx, csv or md) as a blob. */
  download(path: string, query: Query): Promise<Blob>
}

export type ApiClientOptions = {
  token: () => string | null
  /** `zh-CN` or `en`: the language of refusal sentences. */
  language: () => string
  fetch?: typeof fetch
  /** Called when the API says the token is unknown or expired (401). */
  onUnauthenticated?: () => void
}

/** `path?query` with the defined query values, percent-encoded. */
export const urlOf = (path: string, query: Query = {}): string => {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') search.set(key, String(value))
  }
  const text = search.toString()
  return text === '' ? path : `${path}?${text}`
}

/** Creates the client the console's pages share. */
export const createApiClient = (options: ApiClientOptions): ApiClient => {
  const send = options.fetch ?? ((input, init) => fetch(input, init))
  const headers = (extra: Record<string, string> = {}): Record<string, string> => {
    const token = options.token()
    return {
      accept: 'application/json',
      'accept-language': options.language(),
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      ...extra,
    }
  }
  const fail = async (response: Response): Promise<never> => {
    const body: unknown = await response.json().catch(() => null)
    if (response.status === 401) options.onUnauthenticated?.()
    throw new ApiProblemError(toProblem(response.status, response.statusText, body))
  }
  return {
    get: async <T>(path: string, query?: Query) => {
      const response = await send(urlOf(path, query), { headers: headers() })
      if (!response.ok) return fail(response)
      return {
        data: (await response.json()) as T,
        freshness: freshnessOf(response.headers, new Date()),
        etag: response.headers.get('etag'),
      }
    },
    post: async (path, body, extra = {}) => {
      const response = await send(path, {
        method: 'POST',
        headers: headers({
          'content-type': 'application/json',
          ...(extra.idempotencyKey === undefined ? {} : { 'idempotency-key': extra.idempotencyKey }),
          ...(extra.ifMatch === undefined ? {} : { 'if-match': extra.ifMatch }),
        }),
        body: JSON.stringify(body ?? {}),
      })
      if (!response.ok) return fail(response)
      const answer = (await response.json()) as Omit<CommandAnswer, 'location'>
      return { ...answer, location: response.headers.get('location') }
    },
    text: async (path, query) => {
      const response = await send(urlOf(path, query), { headers: headers({ accept: 'text/plain' }) })
      if (!response.ok) return fail(response)
      return {
        data: await response.text(),
        freshness: freshnessOf(response.headers, new Date()),
        etag: response.headers.get('etag'),
      }
    },
    download: async (path, query) => {
      const response = await send(urlOf(path, query), { headers: headers({ accept: '*/*' }) })
      if (!response.ok) return fail(response)
      return response.blob()
    },
  }
}

/** A fresh idempotency key (crypto.randomUUID needs a secure context, which plain http on a LAN is not). */
export const newIdempotencyKey = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

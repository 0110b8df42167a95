/** An RFC 9457 problem as the API answers every error, with Wenming's extension members. */
export type Problem = {
  readonly type: string
  readonly title: string
  readonly status: number
  readonly detail?: string
  /** Validation errors: where (`body`, `query`), which field (a dotted path) and why. */
  readonly errors?: readonly { readonly in: string; readonly field: string; readonly message: string }[]
  /** A domain refusal (409): its type and the fields it names. */
  readonly refusal?: { readonly type: string; readonly [field: string]: unknown }
}

/** A problem the API answered, thrown by the client so that pages can show its sentence. */
export class ApiProblemError extends Error {
  override readonly name = 'ApiProblemError'
  readonly problem: Problem

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title)
    this.problem = problem
  }
}

/** Type guard for {@link ApiProblemError}. */
export const isApiProblemError = (error: unknown): error is ApiProblemError =>
  error instanceof Error && error.name === 'ApiProblemError' && 'problem' in error

/** Reads a response body as a problem, or makes one from the status when the body is not one. */
export const toProblem = (status: number, statusText: string, body: unknown): Problem => {
  if (typeof body === 'object' && body !== null && 'title' in body && 'status' in body) {
    return body as Problem
  }
  return { type: 'about:blank', title: statusText === '' ? `HTTP ${status}` : statusText, status }
}

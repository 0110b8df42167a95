/** An RFC 9457 problem details object, with Wenming's extension members. */
export type ProblemDetails = {
  type: string
  title: string
  status: number
  detail?: string
  instance?: string
  [extension: string]: unknown
}

/** The problem type URI for a slug, such as `validation-error` or a domain refusal's type. */
export const problemType = (slug: string): string => `urn:wenming:problem:${slug}`

/** An HTTP-level failure that the error handler turns into problem details with its status. */
export class HttpProblem extends Error {
  override readonly name = 'HttpProblem'
  readonly problem: ProblemDetails

  constructor(problem: ProblemDetails, options?: { cause?: unknown }) {
    super(problem.detail ?? problem.title, options)
    this.problem = problem
  }
}

/** Type guard for {@link HttpProblem}. */
export const isHttpProblem = (error: unknown): error is HttpProblem =>
  error instanceof HttpProblem ||
  (error instanceof Error && error.name === 'HttpProblem' && 'problem' in error)

/** Builds an {@link HttpProblem} for a status, a slug and a human-readable detail. */
export const httpProblem = (
  status: number,
  slug: string,
  title: string,
  detail?: string,
  extensions: Record<string, unknown> = {},
): HttpProblem =>
  new HttpProblem({
    type: problemType(slug),
    title,
    status,
    ...(detail === undefined ? {} : { detail }),
    ...extensions,
  })

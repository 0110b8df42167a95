/** A programming fault: the candidates passed to the ranking name a team twice. */
export class DuplicateDispatchCandidateError extends Error {
  override readonly name = 'DuplicateDispatchCandidateError'
  readonly teamId: string

  constructor(teamId: string, options?: ErrorOptions) {
    super(`Dispatch candidates name team ${teamId} more than once`, options)
    this.teamId = teamId
  }
}

/** Whether `error` is a {@link DuplicateDispatchCandidateError}. */
export const isDuplicateDispatchCandidateError = (
  error: unknown,
): error is DuplicateDispatchCandidateError =>
  error instanceof Error && error.name === 'DuplicateDispatchCandidateError' && 'teamId' in error

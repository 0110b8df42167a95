/** The subscription ended without an error: for a live subscription, a dropped connection too. */
export class SubscriptionEndedError extends Error {
  override readonly name = 'SubscriptionEndedError'
  constructor() {
    super('The subscription ended; resubscribing from the last checkpoint')
  }
}

/** Type guard for {@link SubscriptionEndedError}. */
export const isSubscriptionEndedError = (error: unknown): error is SubscriptionEndedError =>
  error instanceof Error && error.name === 'SubscriptionEndedError'

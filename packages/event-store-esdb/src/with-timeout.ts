/**
 * `work`, or a rejection with `onTimeout()` when it has not settled within `timeoutMs`; the
 * abandoned work is left to settle on its own (its rejection, if any, is swallowed).
 */
export const withTimeout = <T>(
  work: Promise<T>,
  timeoutMs: number,
  onTimeout: () => Error,
): Promise<T> => {
  let timer: NodeJS.Timeout | undefined
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), timeoutMs)
  })
  work.catch(() => undefined)
  return Promise.race([work, expired]).finally(() => clearTimeout(timer))
}

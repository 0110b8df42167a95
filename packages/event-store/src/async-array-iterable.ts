/**
 * An `AsyncIterable` over `items[from, to)` of a growing array, without the per-item cost of an
 * async generator. The bounds are fixed when it is created, so later appends are not seen.
 */
export const asyncArrayIterable = <T>(
  items: readonly T[],
  from: number,
  to: number,
): AsyncIterable<T> => ({
  [Symbol.asyncIterator](): AsyncIterator<T> {
    let index = from
    return {
      next: () =>
        Promise.resolve(
          index < to
            ? { done: false, value: items[index++] as T }
            : { done: true as const, value: undefined },
        ),
      return: () => {
        index = to
        return Promise.resolve({ done: true as const, value: undefined })
      },
    }
  },
})

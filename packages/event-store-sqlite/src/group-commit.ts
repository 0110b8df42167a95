/** A job waiting for the next commit, settled when the commit that carried it is durable. */
export type Pending<Job, Result> = {
  readonly job: Job
  readonly resolve: (result: Result) => void
  readonly reject: (error: unknown) => void
}

/** What a commit leaves for later: jobs it could not start (the lock is held) and when to retry. */
export type RetryLater<Job, Result> = {
  readonly retry: readonly Pending<Job, Result>[]
  readonly afterMs: number
}

export type GroupCommit<Job, Result> = {
  /** Queues a job for the next commit; commits at once (next event-loop turn) when none is queued. */
  submit(job: Job): Promise<Result>
  /** Resolves once every job submitted so far has been committed or failed. */
  drain(): Promise<void>
}

/**
 * Group commit over a synchronous `commit` of a whole batch: jobs submitted while the current turn
 * of the event loop runs (every caller that was woken by the last commit, for example) are
 * collected and committed together in the check phase, right after the microtasks have drained:
 * no timer, so a lone job is committed without waiting. A commit that returns jobs to retry (the
 * write lock is held elsewhere) gets them back after a timer, with every job submitted meanwhile,
 * so that waiting for a lock never blocks the event loop.
 */
export const createGroupCommit = <Job, Result>(
  commit: (batch: readonly Pending<Job, Result>[]) => RetryLater<Job, Result> | void,
): GroupCommit<Job, Result> => {
  let queue: Pending<Job, Result>[] = []
  let scheduled = false
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  let drained: (() => void)[] = []

  const settled = (): boolean => queue.length === 0 && !scheduled && retryTimer === undefined

  const flush = (): void => {
    scheduled = false
    const batch = queue
    queue = []
    let later: RetryLater<Job, Result> | void = undefined
    try {
      later = commit(batch)
    } catch (error) {
      // `commit` settles every job itself; this only guards against a fault in it.
      for (const pending of batch) pending.reject(error)
    }
    if (later !== undefined && later.retry.length > 0) {
      const { retry } = later
      retryTimer = setTimeout(() => {
        retryTimer = undefined
        queue = [...retry, ...queue]
        scheduled = true
        flush()
      }, later.afterMs)
      return
    }
    if (queue.length > 0 && !scheduled) {
      scheduled = true
      setImmediate(flush)
    }
    if (settled()) {
      const waiting = drained
      drained = []
      for (const wake of waiting) wake()
    }
  }

  const submit = (job: Job): Promise<Result> =>
    new Promise<Result>((resolve, reject) => {
      queue.push({ job, resolve, reject })
      // While a retry waits for the lock, new jobs wait with it.
      if (!scheduled && retryTimer === undefined) {
        scheduled = true
        setImmediate(flush)
      }
    })

  const drain = (): Promise<void> =>
    settled() ? Promise.resolve() : new Promise<void>((resolve) => drained.push(resolve))

  return { submit, drain }
}

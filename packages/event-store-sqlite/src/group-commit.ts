/** A job waiting for the next commit, settled when the commit that carried it is durable. */
export type Pending<Job, Result> = {
  readonly job: Job
  readonly resolve: (result: Result) => void
  readonly reject: (error: unknown) => void
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
 * no timer, so a lone job is committed without waiting.
 */
export const createGroupCommit = <Job, Result>(
  commit: (batch: readonly Pending<Job, Result>[]) => void,
): GroupCommit<Job, Result> => {
  let queue: Pending<Job, Result>[] = []
  let scheduled = false
  let drained: (() => void)[] = []

  const flush = (): void => {
    scheduled = false
    const batch = queue
    queue = []
    try {
      commit(batch)
    } catch (error) {
      // `commit` settles every job itself; this only guards against a fault in it.
      for (const pending of batch) pending.reject(error)
    }
    if (queue.length === 0) {
      const waiting = drained
      drained = []
      for (const wake of waiting) wake()
    }
  }

  const submit = (job: Job): Promise<Result> =>
    new Promise<Result>((resolve, reject) => {
      queue.push({ job, resolve, reject })
      if (!scheduled) {
        scheduled = true
        setImmediate(flush)
      }
    })

  const drain = (): Promise<void> =>
    queue.length === 0 && !scheduled
      ? Promise.resolve()
      : new Promise<void>((resolve) => drained.push(resolve))

  return { submit, drain }
}

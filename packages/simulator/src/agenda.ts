import { localDayNumber } from './local-time.js'

/** A step of the simulation, run at its domain time. */
export type Task = () => Promise<void>

/** Tasks by local day: each day's tasks run concurrently (they touch different streams), days in order. */
export type Agenda = {
  /** Runs `task` on the local day of `atMs` (or on the current day, if that day has passed). */
  schedule(atMs: number, task: Task): void
  /** Runs every day's tasks, including those scheduled while running, until none is left. */
  run(options: { concurrency: number; onDay?: (day: number, tasks: number) => void }): Promise<void>
}

const runPool = async (tasks: readonly Task[], concurrency: number): Promise<void> => {
  let next = 0
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next++]!
      await task()
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, tasks.length) }, worker))
}

/** An empty agenda. */
export const createAgenda = (): Agenda => {
  const days = new Map<number, Task[]>()
  let current = -Infinity
  return {
    schedule(atMs, task) {
      const day = Math.max(localDayNumber(atMs), current)
      const list = days.get(day)
      if (list === undefined) days.set(day, [task])
      else list.push(task)
    },
    async run({ concurrency, onDay }) {
      while (days.size > 0) {
        current = Math.min(...days.keys())
        let ran = 0
        for (let wave = days.get(current); wave !== undefined; wave = days.get(current)) {
          days.delete(current)
          ran += wave.length
          await runPool(wave, concurrency)
        }
        onDay?.(current, ran)
      }
    },
  }
}

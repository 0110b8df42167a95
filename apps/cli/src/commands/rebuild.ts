import { projectionNames, wenmingEventSource, wenmingProjectionSlots } from '@wenming/api'
import { rebuildProjections } from '@wenming/event-store'
import { CliUsageError } from '../cli-error.js'
import type { CliIo } from '../main.js'
import type { OpenedStore } from '../open-store.js'
import { renderProgressBar } from '../progress-bar.js'

/** Rebuilds one read model (or all) from position 0, drawing a progress bar on stderr. */
export const runRebuild = async (
  { store, description }: OpenedStore,
  name: string | undefined,
  io: CliIo,
): Promise<number> => {
  if (name !== undefined && !(projectionNames as readonly string[]).includes(name)) {
    throw new CliUsageError(`Unknown read model '${name}': one of ${projectionNames.join(', ')}`)
  }
  const names = name === undefined ? [...projectionNames] : [name]
  const slots = wenmingProjectionSlots(store).filter((slot) => names.includes(slot.name))
  const source = wenmingEventSource(store, { readAhead: true })
  io.err(`Rebuilding ${names.join(', ')} from ${description}\n`)
  const started = performance.now()
  let lastDraw = 0
  // Offline: the read models being replaced are never loaded, and SQLite filters event types.
  let result: Awaited<ReturnType<typeof rebuildProjections>>
  try {
    result = await rebuildProjections({
      store,
      slots,
      ...(source === undefined ? {} : { source }),
      onProgress: (progress) => {
        const now = performance.now()
        if (now - lastDraw < 100 && progress.position < progress.targetPosition) return
        lastDraw = now
        io.err(
          `\r${renderProgressBar({
            done: progress.eventsDone,
            total: Math.max(progress.targetPosition, progress.eventsDone),
            elapsedMs: progress.elapsedMs,
          })}`,
        )
      },
    })
  } finally {
    await source?.close()
  }
  const seconds = (performance.now() - started) / 1000
  io.err('\n')
  io.out(
    `Rebuilt ${names.join(', ')}: ${result.eventsRead.toLocaleString('en-US')} events up to position ` +
      `${result.position} in ${seconds.toFixed(2)} s\n`,
  )
  return 0
}

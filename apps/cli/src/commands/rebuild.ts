import { rebuildProjections } from '@wenming/event-store'
import {
  wenmingReadModelNames,
  wenmingReadModelSlots,
  type WenmingReadModelName,
} from '@wenming/projections'
import { CliUsageError } from '../cli-error.js'
import type { CliIo } from '../main.js'
import type { OpenedStore } from '../open-store.js'
import { renderProgressBar } from '../progress-bar.js'
import type { ReadModelSpec } from '../store-spec.js'

const isReadModelName = (name: string): name is WenmingReadModelName =>
  (wenmingReadModelNames as readonly string[]).includes(name)

/** Rebuilds one read model (or all) from position 0, drawing a progress bar on stderr. */
export const runRebuild = async (
  opened: OpenedStore,
  options: { name: string | undefined; readModels: ReadModelSpec },
  io: CliIo,
): Promise<number> => {
  const { name } = options
  if (name !== undefined && !isReadModelName(name)) {
    throw new CliUsageError(
      `Unknown read model '${name}': one of ${wenmingReadModelNames.join(', ')}`,
    )
  }
  const names = name === undefined ? [...wenmingReadModelNames] : [name]
  // Offline: windows of the log are read ahead on a worker where the store can.
  const readSide = await opened.readSide({ readModels: options.readModels, readAhead: true })
  io.err(`Rebuilding ${names.join(', ')} from ${opened.description} into ${readSide.description}\n`)
  const started = performance.now()
  let lastDraw = 0
  // The read models being replaced are never loaded, and SQLite filters event types.
  let result: Awaited<ReturnType<typeof rebuildProjections>>
  try {
    result = await rebuildProjections({
      store: opened.store,
      slots: wenmingReadModelSlots(readSide, names),
      source: readSide.source,
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
    await readSide.close()
  }
  const seconds = (performance.now() - started) / 1000
  io.err('\n')
  io.out(
    `Rebuilt ${names.join(', ')}: ${result.eventsRead.toLocaleString('en-US')} events up to position ` +
      `${result.position} in ${seconds.toFixed(2)} s\n`,
  )
  return 0
}

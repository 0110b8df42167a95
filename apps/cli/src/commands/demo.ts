import { simulateDistrictYear } from '@wenming/simulator'
import type { CliIo } from '../main.js'
import type { OpenedStore } from '../open-store.js'
import { renderReport } from './report.js'

/**
 * Simulates a district year into the store (the 2022 district, or one scaled to `orders` request
 * orders and `activities` activities), then prints that year's report (Chinese text).
 */
export const runDemo = async (
  { store, description }: OpenedStore,
  options: { year: number; seed: number; orders?: number; activities?: number },
  io: CliIo,
): Promise<number> => {
  io.err(
    `Simulating the district year ${options.year} (seed ${options.seed}) into ${description}\n`,
  )
  const started = performance.now()
  let lastMonth = ''
  const summary = await simulateDistrictYear(store, {
    year: options.year,
    seed: options.seed,
    profile:
      options.orders === undefined
        ? '2022'
        : {
            orders: options.orders,
            ...(options.activities === undefined ? {} : { activities: options.activities }),
          },
    onProgress: ({ date, commands }) => {
      const month = date.slice(0, 7)
      if (month === lastMonth) return
      lastMonth = month
      io.err(`  ${month}: ${commands.toLocaleString('en-US')} commands\n`)
    },
  })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  io.err(
    `Simulated ${summary.commands.toLocaleString('en-US')} commands (${summary.sites} sites, ` +
      `${summary.teams} teams) in ${seconds} s\n`,
  )
  io.out(await renderReport(store, String(options.year), 'text'))
  return 0
}

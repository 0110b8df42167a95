import { createCommandHandler, createInMemoryEventStore } from '@wenming/event-store'
import { benchPersonalData, personalDataOn, withRequester } from './bench-personal-data.js'
import { median } from './median.js'
import type { Benchmark, Metric } from './metric.js'
import { benchOrderDecider, lifecycle } from './order-lifecycle.js'

const handle = createCommandHandler(benchOrderDecider)

/** Orders through their 6-command lifecycle, one command at a time, on the in-memory store. */
const commandsPerSecond = async (orders: number, log: (line: string) => void): Promise<number> => {
  const store = personalDataOn()
    ? createInMemoryEventStore({ personalData: { policy: benchPersonalData } })
    : createInMemoryEventStore()
  const started = performance.now()
  let commands = 0
  for (let i = 0; i < orders; i++) {
    const streamName = `order-${i}`
    for (const command of lifecycle(String(i))) {
      const result = await handle(store, streamName, withRequester(command, i), {
        commandId: `${i}/${command.type}`,
      })
      if (!result.ok) throw new Error(`Unexpected refusal on ${streamName}: ${command.type}`)
      commands++
    }
    if ((i + 1) % 50_000 === 0) log(`  ${(i + 1).toLocaleString('en-US')} orders`)
  }
  const seconds = (performance.now() - started) / 1000
  await store.close()
  return commands / seconds
}

export const kernelBench: Benchmark = {
  name: 'kernel',
  description:
    'command handler + in-memory store, 6-command order lifecycle at 2k and 200k orders ' +
    '(WENMING_BENCH_PERSONAL_DATA=on: requester fields sealed)',
  run: async ({ log }) => {
    const metrics: Metric[] = []
    await commandsPerSecond(20_000, () => {}) // warm up the JIT
    for (const [label, orders, runs] of [
      ['2k', 2_000, 7],
      ['200k', 200_000, 1],
    ] as const) {
      log(`kernel: ${orders.toLocaleString('en-US')} orders x 6 commands, median of ${runs}`)
      const samples: number[] = []
      for (let run = 0; run < runs; run++) samples.push(await commandsPerSecond(orders, log))
      const value = median(samples)
      metrics.push({ name: `kernel.commands_per_s.${label}`, value, unit: 'commands/s' })
    }
    return metrics
  },
}

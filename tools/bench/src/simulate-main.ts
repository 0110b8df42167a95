#!/usr/bin/env node
import { createSqliteEventStore, sqliteReadSide } from '@wenming/event-store-sqlite'
import { parseSimulateArgs } from './parse-simulate-args.js'
import { simulateDistrictYear } from '@wenming/simulator'

const args = (() => {
  try {
    return parseSimulateArgs(process.argv.slice(2))
  } catch (error) {
    console.error((error as Error).message)
    process.exit(2)
  }
})()

const store = createSqliteEventStore({ path: args.db, durability: args.durability })
const started = performance.now()
let lastMonth = ''
try {
  const summary = await simulateDistrictYear(store, {
    year: args.year,
    seed: args.seed,
    profile: args.profile,
    concurrency: args.concurrency,
    onProgress: ({ date, commands }) => {
      if (date.slice(0, 7) === lastMonth) return
      lastMonth = date.slice(0, 7)
      console.error(
        `${date}  ${commands} commands  ${((performance.now() - started) / 1000).toFixed(1)} s`,
      )
    },
  })
  // Positions are dense in a SQLite store: the last one is the number of events.
  const events = (await sqliteReadSide(store).source.lastPosition?.()) ?? 0
  const seconds = (performance.now() - started) / 1000
  console.log(
    JSON.stringify({
      db: args.db,
      seed: args.seed,
      year: args.year,
      commands: summary.commands,
      events,
      seconds: Number(seconds.toFixed(1)),
      eventsPerSecond: Math.round(events / seconds),
    }),
  )
} finally {
  await store.close()
}

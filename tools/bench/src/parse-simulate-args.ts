import type { ScaledProfileOptions } from '@wenming/simulator'

/** What the `simulate` command was asked to do. */
export type SimulateArgs = {
  db: string
  durability: 'full' | 'normal'
  year: number
  seed: number
  profile: '2022' | ScaledProfileOptions
  concurrency: number
}

const USAGE =
  'usage: simulate --db <file.db> [--seed 2022] [--year 2022] [--orders N [--activities N]] ' +
  '[--durability normal|full] [--concurrency 256]'

const number = (name: string, value: string | undefined): number => {
  const parsed = Number(value)
  if (value === undefined || !Number.isFinite(parsed) || parsed < 0) {
    throw new RangeError(`--${name} needs a non-negative number\n${USAGE}`)
  }
  return parsed
}

/** Parses `simulate` arguments; throws a RangeError with the usage on a bad one. */
export const parseSimulateArgs = (argv: readonly string[]): SimulateArgs => {
  const values = new Map<string, string | undefined>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (!arg.startsWith('--')) throw new RangeError(`Unexpected argument '${arg}'\n${USAGE}`)
    const name = arg.slice(2)
    values.set(name, argv[++i])
  }
  const known = ['db', 'durability', 'year', 'seed', 'orders', 'activities', 'concurrency']
  for (const name of values.keys()) {
    if (!known.includes(name)) throw new RangeError(`Unknown option --${name}\n${USAGE}`)
  }
  const db = values.get('db')
  if (db === undefined) throw new RangeError(`--db is required\n${USAGE}`)
  const durability = values.get('durability') ?? 'normal'
  if (durability !== 'full' && durability !== 'normal') {
    throw new RangeError(`--durability is normal or full\n${USAGE}`)
  }
  const orders = values.has('orders') ? number('orders', values.get('orders')) : undefined
  const activities = values.has('activities')
    ? number('activities', values.get('activities'))
    : undefined
  return {
    db,
    durability,
    year: values.has('year') ? number('year', values.get('year')) : 2022,
    seed: values.has('seed') ? number('seed', values.get('seed')) : 2022,
    profile:
      orders === undefined
        ? '2022'
        : { orders, ...(activities === undefined ? {} : { activities }) },
    concurrency: values.has('concurrency') ? number('concurrency', values.get('concurrency')) : 256,
  }
}

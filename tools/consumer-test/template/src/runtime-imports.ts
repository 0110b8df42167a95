// Every public entry point loads in a plain Node project: its `exports` resolve and every runtime
// dependency it imports was declared (the CLI's bin is run separately: importing it runs it).
const entryPoints = [
  '@wenming/api',
  '@wenming/api/testing',
  '@wenming/domain',
  '@wenming/domain/testing',
  '@wenming/event-store',
  '@wenming/event-store/testing',
  '@wenming/event-store-esdb',
  '@wenming/event-store-postgres',
  '@wenming/event-store-postgres/testing',
  '@wenming/event-store-sqlite',
  '@wenming/projections',
  '@wenming/reports',
  '@wenming/reports/testing',
  '@wenming/simulator',
]
for (const entryPoint of entryPoints) {
  const module = (await import(entryPoint)) as Record<string, unknown>
  if (Object.keys(module).length === 0) throw new Error(`${entryPoint} exports nothing`)
  console.log(`${entryPoint}: ${Object.keys(module).length} exports`)
}

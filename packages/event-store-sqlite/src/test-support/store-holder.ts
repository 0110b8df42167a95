import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath, pathToFileURL } from 'node:url'

const distEntry = fileURLToPath(new URL('../../dist/index.js', import.meta.url))

// The child runs the compiled package (the nx `test` target builds it first): it opens the store,
// says "open", and with `append` appends 20 events at a time and prints the last position
// acknowledged ("at <position>") after each group, until its stdin closes.
const childSource = `
import { createSqliteEventStore } from ${JSON.stringify(pathToFileURL(distEntry).href)}
const [path, mode] = process.argv.slice(1)
const store = createSqliteEventStore({ path, durability: 'normal' })
let stopping = false
process.stdin.on('data', () => undefined)
process.stdin.on('end', () => (stopping = true))
process.stdout.write('open\\n')
for (let group = 0; !stopping; group++) {
  if (mode !== 'append') { await new Promise((resolve) => setTimeout(resolve, 20)); continue }
  const results = await Promise.all(Array.from({ length: 20 }, (_, i) =>
    store.appendToStream('load-' + (group % 50), [{ type: 'Loaded', data: { group, i, padding: 'x'.repeat(200) } }])))
  process.stdout.write('at ' + Math.max(...results.map((r) => r.position)) + '\\n')
}
await store.close()
`

/** A child process that has a store open (and, with `append`, keeps appending to it). */
export type StoreHolder = {
  child: ChildProcess
  /** The last position the child reported appended (0 before any). */
  lastPosition(): number
  /** Resolves once the child has reported a position of at least `position`. */
  reached(position: number): Promise<void>
  /** Closes the child's stdin and waits for it to close the store and exit. */
  stop(): Promise<number | null>
}

/** Starts a child process that opens the store at `path` and resolves once it is open. */
export const holdStore = async (path: string, mode: 'idle' | 'append'): Promise<StoreHolder> => {
  const child = spawn(process.execPath, ['--input-type=module', '-e', childSource, path, mode], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  let last = 0
  let out = ''
  const waiters: { position: number; resolve: () => void }[] = []
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
  await new Promise<void>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk
      const lines = out.split('\n')
      out = lines.pop() ?? ''
      for (const line of lines) {
        if (line === 'open') resolve()
        if (line.startsWith('at ')) last = Math.max(last, Number(line.slice(3)))
      }
      for (const waiter of waiters.filter((w) => last >= w.position)) {
        waiters.splice(waiters.indexOf(waiter), 1)
        waiter.resolve()
      }
    })
    void exited.then((code) => reject(new Error(`the store holder exited with ${String(code)}`)))
  })
  return {
    child,
    lastPosition: () => last,
    reached: (position) =>
      last >= position
        ? Promise.resolve()
        : new Promise((resolve) => waiters.push({ position, resolve })),
    stop: () => {
      child.stdin.end()
      return exited
    },
  }
}

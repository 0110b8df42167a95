/**
 * Ends an evolve function's exhaustive `switch`: the compiler proves it unreachable (`event` is
 * `never`), and at run time an event of a type the aggregate does not know (a stream another
 * version wrote, or the wrong stream) throws, as ts-pattern's `.exhaustive()` does.
 */
export const unknownEvent = (event: never): never => {
  throw new Error(`Unknown event type: ${JSON.stringify((event as { type?: unknown }).type)}`)
}

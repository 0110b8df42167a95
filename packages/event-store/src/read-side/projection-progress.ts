/** How far a catch-up or rebuild has come, reported after each batch (for a progress bar). */
export type ProjectionProgress = {
  projections: readonly string[]
  /** Events read in this run so far. */
  eventsDone: number
  /** Global position of the last event applied. */
  position: number
  /** The store's last position when the run started: the run is done when `position` reaches it. */
  targetPosition: number
  eventsPerSecond: number
  /** Seconds left at the current rate (0 when done, Infinity before any progress). */
  etaSeconds: number
  elapsedMs: number
}

/** Turns (position, events read) into {@link ProjectionProgress}, measuring time with `now`. */
export const progressMeter = (
  projections: readonly string[],
  startPosition: number,
  targetPosition: number,
  now: () => number,
): ((position: number, eventsDone: number) => ProjectionProgress) => {
  const started = now()
  return (position, eventsDone) => {
    const elapsedMs = Math.max(now() - started, 1e-3)
    const positionsPerMs = (position - startPosition) / elapsedMs
    const left = Math.max(targetPosition - position, 0)
    return {
      projections,
      eventsDone,
      position,
      targetPosition,
      eventsPerSecond: (eventsDone / elapsedMs) * 1000,
      etaSeconds: left === 0 ? 0 : positionsPerMs > 0 ? left / positionsPerMs / 1000 : Infinity,
      elapsedMs,
    }
  }
}

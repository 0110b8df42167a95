/** A command the simulator expected to succeed was refused: the simulated year cannot go on. */
export class SimulationError extends Error {
  override readonly name = 'SimulationError'
  readonly refusal: unknown

  constructor(message: string, refusal: unknown, options?: { cause?: unknown }) {
    super(message, options)
    this.refusal = refusal
  }
}

/** Whether `error` is a {@link SimulationError}. */
export const isSimulationError = (error: unknown): error is SimulationError =>
  error instanceof SimulationError

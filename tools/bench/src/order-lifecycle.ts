import type { Decider } from '@wenming/event-store'

/**
 * A minimal order decider with the 6-command lifecycle of the benchmark workload (place, accept,
 * dispatch, take, complete, evaluate): the kernel's cost without the domain's, so the kernel bench
 * measures the kernel.
 */
export type BenchCommand =
  | {
      type: 'Place'
      orderId: string
      requesterId?: string
      requesterName?: string
      phone?: string
    }
  | { type: 'Accept' }
  | { type: 'Dispatch'; teamId: string }
  | { type: 'Take' }
  | { type: 'Complete'; hours: number }
  | { type: 'Evaluate'; rating: number }

export type BenchEvent = {
  type: 'Placed' | 'Accepted' | 'Dispatched' | 'Taken' | 'Completed' | 'Evaluated'
  data: Record<string, unknown>
}

const order = ['none', 'Placed', 'Accepted', 'Dispatched', 'Taken', 'Completed', 'Evaluated']
const next: Record<BenchCommand['type'], BenchEvent['type']> = {
  Place: 'Placed',
  Accept: 'Accepted',
  Dispatch: 'Dispatched',
  Take: 'Taken',
  Complete: 'Completed',
  Evaluate: 'Evaluated',
}

export const benchOrderDecider: Decider<BenchCommand, BenchEvent, string, { type: 'Invalid' }> = {
  initialState: 'none',
  evolve: (_state, event) => event.type,
  decide: (command, state) => {
    const type = next[command.type]
    if (order.indexOf(type) !== order.indexOf(state) + 1)
      return { ok: false, error: { type: 'Invalid' } }
    const { type: _ignored, ...data } = command
    return { ok: true, events: [{ type, data }] }
  },
}

export const lifecycle = (orderId: string): BenchCommand[] => [
  { type: 'Place', orderId },
  { type: 'Accept' },
  { type: 'Dispatch', teamId: 'team-1' },
  { type: 'Take' },
  { type: 'Complete', hours: 2 },
  { type: 'Evaluate', rating: 5 },
]

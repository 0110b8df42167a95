import type { PersonalDataPolicy } from '@wenming/event-store'
import type { BenchCommand } from './order-lifecycle.js'

/**
 * `WENMING_BENCH_PERSONAL_DATA=on` runs the kernel and sqlite benches with personal data sealed
 * (AES-256-GCM, a key per requester); anything else, or unset, leaves it off. The workload is the
 * same either way: each order's `Place` names its requester (one of 100) with a name and a phone.
 */
export const personalDataOn = (): boolean => process.env['WENMING_BENCH_PERSONAL_DATA'] === 'on'

/** The bench's policy: a placed order's requester name and phone are theirs. */
export const benchPersonalData: PersonalDataPolicy = {
  Placed: [
    {
      subject: (data: { requesterId: string }) => data.requesterId,
      fields: ['requesterName', 'phone'],
    },
  ],
}

/** The command with, for `Place`, the order's requester (one of 100 residents) and their contact. */
export const withRequester = (command: BenchCommand, order: number): BenchCommand =>
  command.type === 'Place'
    ? {
        ...command,
        requesterId: `r-${order % 100}`,
        requesterName: `居民${order % 100}`,
        phone: `1380000${String(order % 100).padStart(4, '0')}`,
      }
    : command

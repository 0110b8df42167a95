import type { CommandMetadata } from '../shared/command-metadata.js'
import type { AdjustStarLevel } from './commands.js'
import type { VolunteerEvent } from './events.js'
import type { StarPolicy } from './star-policy.js'

const changesHours = new Set<VolunteerEvent['type']>(['ServiceRecorded', 'ServiceRecordCorrected'])

/**
 * The star process (V7), a pure function of recorded events to commands: after a record or a
 * correction, bring the volunteer's star level in line with their confirmed hours.
 */
export const starProcess = (
  volunteerId: string,
  events: readonly VolunteerEvent[],
  policy: StarPolicy,
  metadata: CommandMetadata,
): readonly AdjustStarLevel[] =>
  events.some((event) => changesHours.has(event.type))
    ? [{ type: 'AdjustStarLevel', data: { volunteerId, policy }, metadata }]
    : []

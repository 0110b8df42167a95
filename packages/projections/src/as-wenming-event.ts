import type { LeanEvent } from '@wenming/event-store'
import type { WenmingEvent } from '@wenming/domain'

/**
 * Reads a recorded event as the domain's tagged union. The store holds only events the domain
 * decided (and validated), so projections trust them rather than parse each one again.
 */
export const asWenmingEvent = (event: LeanEvent): WenmingEvent => event as unknown as WenmingEvent

import type { WenmingEvent } from '@wenming/domain'
import type { WorkReportReadModel } from './work-report-read-model.js'

/** The payload of the domain's event of type `T`. */
export type EventData<T extends WenmingEvent['type']> = Extract<WenmingEvent, { type: T }>['data']

/** How the work report takes the event types `T`: one function per type, updating in place. */
export type ReportHandlers<T extends WenmingEvent['type']> = {
  readonly [Type in T]: (rm: WorkReportReadModel, data: EventData<Type>) => void
}

import type { WorkReportSource } from '../compute-work-report.js'
import { queryVolunteerSection, type VolunteerSectionQuery } from './query-volunteer-section.js'
import type { VolunteerSection } from './volunteer-section.js'
import { applyVolunteerEvent, emptyVolunteerSectionModel } from './volunteer-section-model.js'

/**
 * Computes the volunteers section from events alone: registrations, the latest version of each
 * record, stars, late records, corrections and certificates of a period (and district).
 *
 * @example
 * const section = await computeVolunteerSection(store, { from: '2022-01-01', to: '2022-12-31' })
 */
export const computeVolunteerSection = async (
  source: WorkReportSource,
  query: VolunteerSectionQuery & { utcOffsetMinutes?: number },
): Promise<VolunteerSection> => {
  const model = emptyVolunteerSectionModel(query.utcOffsetMinutes)
  const events =
    'readAll' in source && typeof source.readAll === 'function' ? source.readAll() : source
  if (Symbol.asyncIterator in events) {
    for await (const event of events as AsyncIterable<{ type: string; data: unknown }>) {
      applyVolunteerEvent(model, event)
    }
  } else {
    for (const event of events as Iterable<{ type: string; data: unknown }>)
      applyVolunteerEvent(model, event)
  }
  const { utcOffsetMinutes: _zone, ...rest } = query
  return queryVolunteerSection(model, rest)
}

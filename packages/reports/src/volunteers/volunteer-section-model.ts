import type {
  CertificateIssued,
  CorrectionRefused,
  CorrectionRequested,
  ServiceRecordCorrected,
  ServiceRecorded,
  SiteRegistered,
  VolunteerRegistered,
  VolunteerStarAwarded,
  VolunteerStarLevelChanged,
} from '@wenming/domain'

/** What the volunteers section folds from the log; updated in place by {@link applyVolunteerEvent}. */
export type VolunteerSectionModel = {
  readonly utcOffsetMinutes: number
  readonly siteParents: Map<string, string | null>
  readonly volunteers: Map<string, { siteId: string; registeredOn: string; starLevel: number }>
  readonly records: Map<string, { volunteerId: string; date: string; hours: number; late: boolean }>
  readonly corrections: Map<string, { volunteerId: string; requestedOn: string; status: string }>
  readonly certificates: { volunteerId: string; issuedOn: string }[]
}

/** An empty model; days are counted `utcOffsetMinutes` east of UTC (default 480, China). */
export const emptyVolunteerSectionModel = (utcOffsetMinutes = 480): VolunteerSectionModel => ({
  utcOffsetMinutes,
  siteParents: new Map(),
  volunteers: new Map(),
  records: new Map(),
  corrections: new Map(),
  certificates: [],
})

const localDate = (model: VolunteerSectionModel, at: string): string =>
  new Date(Date.parse(at) + model.utcOffsetMinutes * 60_000).toISOString().slice(0, 10)

const key = (volunteerId: string, id: string) => `${volunteerId}/${id}`

type Handlers = {
  SiteRegistered: SiteRegistered['data']
  VolunteerRegistered: VolunteerRegistered['data']
  VolunteerStarAwarded: VolunteerStarAwarded['data']
  VolunteerStarLevelChanged: VolunteerStarLevelChanged['data']
  ServiceRecorded: ServiceRecorded['data']
  ServiceRecordCorrected: ServiceRecordCorrected['data']
  CorrectionRequested: CorrectionRequested['data']
  CorrectionRefused: CorrectionRefused['data']
  CertificateIssued: CertificateIssued['data']
}

const handlers: {
  [T in keyof Handlers]: (model: VolunteerSectionModel, data: Handlers[T]) => void
} = {
  SiteRegistered: (m, d) => void m.siteParents.set(d.siteId, d.parentId),
  VolunteerRegistered: (m, d) =>
    void m.volunteers.set(d.volunteerId, {
      siteId: d.siteId,
      registeredOn: localDate(m, d.at),
      starLevel: 0,
    }),
  VolunteerStarAwarded: (m, d) => {
    const v = m.volunteers.get(d.volunteerId)
    if (v !== undefined) v.starLevel = d.level
  },
  VolunteerStarLevelChanged: (m, d) => {
    const v = m.volunteers.get(d.volunteerId)
    if (v !== undefined) v.starLevel = d.to
  },
  ServiceRecorded: (m, d) => {
    m.records.set(key(d.volunteerId, d.recordId), {
      volunteerId: d.volunteerId,
      date: d.date,
      hours: d.hours,
      late: d.late,
    })
    if (d.correctionId !== undefined) {
      const c = m.corrections.get(key(d.volunteerId, d.correctionId))
      if (c !== undefined) c.status = 'corrected'
    }
  },
  ServiceRecordCorrected: (m, d) => {
    const record = m.records.get(key(d.volunteerId, d.recordId))
    if (record !== undefined) record.hours = d.hours
    const c = m.corrections.get(key(d.volunteerId, d.correctionId))
    if (c !== undefined) c.status = 'corrected'
  },
  CorrectionRequested: (m, d) =>
    void m.corrections.set(key(d.volunteerId, d.correctionId), {
      volunteerId: d.volunteerId,
      requestedOn: localDate(m, d.at),
      status: 'pending',
    }),
  CorrectionRefused: (m, d) => {
    const c = m.corrections.get(key(d.volunteerId, d.correctionId))
    if (c !== undefined) c.status = 'refused'
  },
  CertificateIssued: (m, d) =>
    void m.certificates.push({ volunteerId: d.volunteerId, issuedOn: d.issuedOn }),
}

const byType = new Map<string, (model: VolunteerSectionModel, data: never) => void>(
  Object.entries(handlers),
)

/** The event types the volunteers section reads. */
export const VOLUNTEER_SECTION_EVENT_TYPES = Object.keys(handlers) as readonly (keyof Handlers)[]

/** Applies one event to the model, in place; other event types leave it unchanged. */
export const applyVolunteerEvent = (
  model: VolunteerSectionModel,
  event: { readonly type: string; readonly data: unknown },
): VolunteerSectionModel => {
  byType.get(event.type)?.(model, event.data as never)
  return model
}

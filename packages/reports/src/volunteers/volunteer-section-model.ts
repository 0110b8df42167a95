import type {
  CertificateIssued,
  ClusterDissolved,
  ClusterFormed,
  ClusterSiteJoined,
  ClusterSiteLeft,
  TeamRegistered,
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
  readonly records: Map<
    string,
    {
      volunteerId: string
      date: string
      hours: number
      late: boolean
      /** The organiser's site (a team's home site); absent when the log does not say. */
      organiserSiteId: string | undefined
    }
  >
  /** Each team's home site, for records a team organised. */
  readonly teamSites: Map<string, string>
  /** Each cluster's member sites over time: local days from (inclusive) and to (exclusive). */
  readonly clusterMembers: Map<string, Map<string, MembershipSpan[]>>
  readonly corrections: Map<
    string,
    { volunteerId: string; requestedOn: string; status: string; recordId: string | null }
  >
  readonly certificates: { volunteerId: string; issuedOn: string }[]
}

/** A site's time in a cluster: from its joining day to the day it left (null: still a member). */
export type MembershipSpan = { from: string; to: string | null }

/** An empty model; days are counted `utcOffsetMinutes` east of UTC (default 480, China). */
export const emptyVolunteerSectionModel = (utcOffsetMinutes = 480): VolunteerSectionModel => ({
  utcOffsetMinutes,
  siteParents: new Map(),
  volunteers: new Map(),
  records: new Map(),
  teamSites: new Map(),
  clusterMembers: new Map(),
  corrections: new Map(),
  certificates: [],
})

const localDate = (model: VolunteerSectionModel, at: string): string =>
  new Date(Date.parse(at) + model.utcOffsetMinutes * 60_000).toISOString().slice(0, 10)

const key = (volunteerId: string, id: string) => `${volunteerId}/${id}`

type Handlers = {
  SiteRegistered: SiteRegistered['data']
  TeamRegistered: TeamRegistered['data']
  ClusterFormed: ClusterFormed['data']
  ClusterSiteJoined: ClusterSiteJoined['data']
  ClusterSiteLeft: ClusterSiteLeft['data']
  ClusterDissolved: ClusterDissolved['data']
  VolunteerRegistered: VolunteerRegistered['data']
  VolunteerStarAwarded: VolunteerStarAwarded['data']
  VolunteerStarLevelChanged: VolunteerStarLevelChanged['data']
  ServiceRecorded: ServiceRecorded['data']
  ServiceRecordCorrected: ServiceRecordCorrected['data']
  CorrectionRequested: CorrectionRequested['data']
  CorrectionRefused: CorrectionRefused['data']
  CertificateIssued: CertificateIssued['data']
}

const join = (m: VolunteerSectionModel, clusterId: string, siteId: string, at: string): void => {
  let members = m.clusterMembers.get(clusterId)
  if (members === undefined) {
    members = new Map<string, MembershipSpan[]>()
    m.clusterMembers.set(clusterId, members)
  }
  const spans = members.get(siteId) ?? []
  if (spans.at(-1)?.to === null) return
  spans.push({ from: localDate(m, at), to: null })
  members.set(siteId, spans)
}

const leave = (m: VolunteerSectionModel, clusterId: string, siteId: string, at: string): void => {
  const span = m.clusterMembers.get(clusterId)?.get(siteId)?.at(-1)
  if (span !== undefined && span.to === null) span.to = localDate(m, at)
}

const handlers: {
  [T in keyof Handlers]: (model: VolunteerSectionModel, data: Handlers[T]) => void
} = {
  SiteRegistered: (m, d) => void m.siteParents.set(d.siteId, d.parentId),
  TeamRegistered: (m, d) => void m.teamSites.set(d.teamId, d.homeSiteId),
  ClusterFormed: (m, d) => {
    for (const siteId of [d.leadSiteId, ...d.memberSiteIds]) join(m, d.clusterId, siteId, d.at)
  },
  ClusterSiteJoined: (m, d) => join(m, d.clusterId, d.siteId, d.at),
  ClusterSiteLeft: (m, d) => leave(m, d.clusterId, d.siteId, d.at),
  ClusterDissolved: (m, d) => {
    for (const siteId of m.clusterMembers.get(d.clusterId)?.keys() ?? []) {
      leave(m, d.clusterId, siteId, d.at)
    }
  },
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
      // Older test logs and events may lack an organiser: the volunteer's own site then counts.
      organiserSiteId:
        d.organiser === undefined
          ? undefined
          : d.organiser.kind === 'site'
            ? d.organiser.siteId
            : m.teamSites.get(d.organiser.teamId),
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
      recordId: d.recordId,
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

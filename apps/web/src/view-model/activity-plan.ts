/** The kinds of activity a site plans (the API's `kind`). */
export type ActivityKind = 'square' | 'regular' | 'festival' | 'traffic_persuasion' | 'themed'

/** What the plan form holds. */
export type ActivityPlanForm = {
  title: string
  kind: ActivityKind
  organizerSiteId: string
  teamIds: string[]
  plannedDate: string
  /** '' for an activity of the site alone. */
  clusterId: string
  /** '' for no shared venue; only with a cluster. */
  venueId: string
  festival: string
  intersection: string
  themeMonth: string
}

/** What the held report form holds. */
export type ActivityHoldForm = {
  date: string
  teamIds: string[]
  volunteers: number
  hours: number
  audience: number
  notes: string
}

/** Why a plan cannot be sent yet: the field and what it lacks. */
export type PlanProblem = 'required' | 'venueNeedsCluster'

/**
 * The `POST /activities` body of a plan: the kind's own detail only (a festival's name, a
 * persuasion's intersection, a themed activity's month), the cluster and its shared venue only
 * when named; with the fields the form must fill first.
 */
export const planBody = (
  form: ActivityPlanForm,
): { body: Record<string, unknown>; problems: Record<string, PlanProblem> } => {
  const problems: Record<string, PlanProblem> = {}
  const text = (value: string) => value.trim()
  if (text(form.title) === '') problems['title'] = 'required'
  if (form.organizerSiteId === '') problems['organizerSiteId'] = 'required'
  if (form.plannedDate === '') problems['plannedDate'] = 'required'
  if (form.kind === 'festival' && text(form.festival) === '') problems['festival'] = 'required'
  if (form.kind === 'traffic_persuasion' && text(form.intersection) === '') problems['intersection'] = 'required'
  if (form.kind === 'themed' && form.themeMonth === '') problems['themeMonth'] = 'required'
  if (form.venueId !== '' && form.clusterId === '') problems['clusterId'] = 'venueNeedsCluster'
  const body: Record<string, unknown> = {
    title: text(form.title),
    kind: form.kind,
    organizerSiteId: form.organizerSiteId,
    teamIds: form.teamIds,
    plannedDate: form.plannedDate,
    ...(form.clusterId === '' ? {} : { clusterId: form.clusterId }),
    ...(form.clusterId === '' || form.venueId === '' ? {} : { venueId: form.venueId }),
    ...(form.kind === 'festival' ? { festival: text(form.festival) } : {}),
    ...(form.kind === 'traffic_persuasion' ? { intersection: text(form.intersection) } : {}),
    ...(form.kind === 'themed' ? { themeMonth: form.themeMonth } : {}),
  }
  return { body, problems }
}

/** The `POST /activities/:id/hold` body of a held report. */
export const holdBody = (form: ActivityHoldForm): Record<string, unknown> => ({
  date: form.date,
  teamIds: form.teamIds,
  volunteers: form.volunteers,
  hours: form.hours,
  audience: form.audience,
  notes: form.notes.trim(),
})

/** The active clusters a site may host a joint activity of: those it is a member (or the lead) of (C4). */
export const clustersHostedBy = <C extends { status: string; leadSiteId: string; memberSiteIds: readonly string[] }>(
  clusters: readonly C[],
  siteId: string,
): C[] =>
  clusters.filter(
    (cluster) => cluster.status === 'active' && (cluster.leadSiteId === siteId || cluster.memberSiteIds.includes(siteId)),
  )

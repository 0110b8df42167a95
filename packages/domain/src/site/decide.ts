import type { DecideResult } from '@wenming/event-store'
import { match } from 'ts-pattern'
import type { WithFacts } from '../shared/with-facts.js'
import type { RegisterSite, SiteClusterCommand, SiteCommand } from './commands.js'
import type { SiteError } from './errors.js'
import type { SiteEvent } from './events.js'
import { parentLevel } from './parent-level.js'
import type { SiteFacts } from './site-facts.js'
import type { SiteState } from './state.js'

/** `RegisterSite` with its parent as read from the parent's stream (`null`: no parent given or found). */
export type RegisterSiteWithParent = WithFacts<RegisterSite, { readonly parent: SiteFacts | null }>

/**
 * Every command the site decider decides: outside commands (registration with facts) and C1 claims
 * (docs/domain-rules.md).
 */
export type SiteDeciderCommand =
  RegisterSiteWithParent | Exclude<SiteCommand, RegisterSite> | SiteClusterCommand

type Result = DecideResult<SiteEvent, SiteError>
type OpenSite = Exclude<SiteState, { status: 'unregistered' }>

const ok = (...events: SiteEvent[]): Result => ({ ok: true, events })
const fail = (error: SiteError): Result => ({ ok: false, error })

const whenOpen = (state: SiteState, siteId: string, then: (site: OpenSite) => Result): Result => {
  if (state.status === 'unregistered') return fail({ type: 'SiteNotFound', siteId })
  if (state.status === 'closed') return fail({ type: 'SiteIsClosed', siteId })
  return then(state)
}

const register = (command: RegisterSiteWithParent, state: SiteState): Result => {
  const { data, metadata, facts } = command
  if (state.status !== 'unregistered') {
    return fail({ type: 'SiteAlreadyRegistered', siteId: data.siteId })
  }
  const wanted = parentLevel(data.level)
  if (data.parentId !== null && (facts.parent === null || facts.parent.status !== 'open')) {
    return fail({ type: 'ParentSiteUnavailable', siteId: data.siteId, parentId: data.parentId })
  }
  const actual = data.parentId === null ? null : (facts.parent?.level ?? null)
  if (actual !== wanted || (facts.parent !== null && facts.parent.siteId !== data.parentId)) {
    return fail({
      type: 'ParentLevelMismatch',
      siteId: data.siteId,
      level: data.level,
      parentLevel: actual,
    })
  }
  // D1: a centre is its own district; any other site is in its parent's.
  const districtId = data.level === 'center' ? data.siteId : (facts.parent?.districtId ?? null)
  return ok({
    type: 'SiteRegistered',
    data: { ...data, ...(districtId === null ? {} : { districtId }), at: metadata.now },
  })
}

/** Decides a site command against the site's state: the events to record or a typed refusal. */
export const decideSite = (command: SiteDeciderCommand, state: SiteState): Result =>
  match(command)
    .returnType<Result>()
    .with({ type: 'RegisterSite' }, (c) => register(c, state))
    .with({ type: 'RenameSite' }, ({ data, metadata }) =>
      whenOpen(state, data.siteId, () =>
        ok({
          type: 'SiteRenamed',
          data: { siteId: data.siteId, name: data.name, at: metadata.now },
        }),
      ),
    )
    .with({ type: 'MarkSiteWeak' }, ({ data, metadata }) =>
      whenOpen(state, data.siteId, (site) =>
        site.level !== 'station' && site.level !== 'point'
          ? fail({ type: 'SiteCannotBeWeak', siteId: data.siteId, level: site.level })
          : site.weak
            ? fail({ type: 'SiteAlreadyWeak', siteId: data.siteId })
            : ok({
                type: 'SiteMarkedWeak',
                data: { siteId: data.siteId, reason: data.reason, at: metadata.now },
              }),
      ),
    )
    .with({ type: 'ClearSiteWeakMark' }, ({ data, metadata }) =>
      whenOpen(state, data.siteId, (site) =>
        site.weak
          ? ok({ type: 'SiteWeakMarkCleared', data: { siteId: data.siteId, at: metadata.now } })
          : fail({ type: 'SiteNotWeak', siteId: data.siteId }),
      ),
    )
    .with({ type: 'CloseSite' }, ({ data, metadata }) =>
      whenOpen(state, data.siteId, (site) =>
        site.clusterId !== null
          ? fail({ type: 'SiteInCluster', siteId: data.siteId, clusterId: site.clusterId })
          : ok({
              type: 'SiteClosed',
              data: { siteId: data.siteId, reason: data.reason, at: metadata.now },
            }),
      ),
    )
    .with({ type: 'ClaimSiteForCluster' }, ({ data, metadata }) =>
      whenOpen(state, data.siteId, (site) =>
        site.clusterId !== null
          ? fail({ type: 'SiteInCluster', siteId: data.siteId, clusterId: site.clusterId })
          : data.districtId !== undefined &&
              site.districtId !== null &&
              site.districtId !== data.districtId
            ? fail({
                type: 'SiteInAnotherDistrict',
                siteId: data.siteId,
                districtId: site.districtId,
                clusterId: data.clusterId,
                clusterDistrictId: data.districtId,
              })
            : ok({
                type: 'SiteClaimedByCluster',
                data: { siteId: data.siteId, clusterId: data.clusterId, at: metadata.now },
              }),
      ),
    )
    .with({ type: 'ReleaseSiteFromCluster' }, ({ data, metadata }) =>
      state.status !== 'unregistered' && state.clusterId === data.clusterId
        ? ok({ type: 'SiteReleasedByCluster', data: { ...data, at: metadata.now } })
        : fail({ type: 'SiteNotInCluster', siteId: data.siteId, clusterId: data.clusterId }),
    )
    .exhaustive()

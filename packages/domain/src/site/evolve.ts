import { match } from 'ts-pattern'
import type { SiteEvent } from './events.js'
import type { SiteState } from './state.js'

/** Applies one site event to the state. */
export const evolveSite = (state: SiteState, event: SiteEvent): SiteState =>
  match(event)
    .returnType<SiteState>()
    .with({ type: 'SiteRegistered' }, ({ data }) => ({
      status: 'open',
      siteId: data.siteId,
      parentId: data.parentId,
      level: data.level,
      name: data.name,
      kind: data.kind,
      coordinates: data.coordinates,
      weak: false,
      clusterId: null,
    }))
    .with({ type: 'SiteRenamed' }, ({ data }) =>
      state.status === 'unregistered' ? state : { ...state, name: data.name },
    )
    .with({ type: 'SiteMarkedWeak' }, () =>
      state.status === 'unregistered' ? state : { ...state, weak: true },
    )
    .with({ type: 'SiteWeakMarkCleared' }, () =>
      state.status === 'unregistered' ? state : { ...state, weak: false },
    )
    .with({ type: 'SiteClosed' }, () =>
      state.status === 'unregistered' ? state : { ...state, status: 'closed' },
    )
    .with({ type: 'SiteClaimedByCluster' }, ({ data }) =>
      state.status === 'unregistered' ? state : { ...state, clusterId: data.clusterId },
    )
    .with({ type: 'SiteReleasedByCluster' }, () =>
      state.status === 'unregistered' ? state : { ...state, clusterId: null },
    )
    .exhaustive()

import type { WenmingEvent } from '@wenming/domain'
import { describe, expect, it } from 'vitest'
import { clusterPool } from '../cluster-pool/cluster-pool-projection.js'
import { queryClusterPool } from '../cluster-pool/query-cluster-pool.js'
import { at, districtScenario } from '../domain-events.fixture.js'
import { runLiveReadModels } from '../live-read-models.fixture.js'
import { runReadModel } from '../run-read-model.fixture.js'
import { networkDirectory } from './network-projection.js'
import { queryCluster } from './query-clusters.js'

const held = (activityId: string, clusterId?: string): WenmingEvent => ({
  type: 'ActivityHeld',
  data: {
    activityId,
    title: '我们的节日·端午',
    kind: 'festival',
    festival: '端午',
    organizerSiteId: 's2',
    ...(clusterId === undefined ? {} : { clusterId, venueId: 'v1' }),
    teamIds: ['t2'],
    date: '2022-06-03',
    volunteers: 12,
    hours: 30,
    audience: 150,
    notes: '',
    by: 'staff',
    at: at(50),
  },
})

const recordedTheOldWay: WenmingEvent = {
  type: 'ClusterJointActivityRecorded',
  data: {
    clusterId: 'k1',
    activityId: 'a-joint',
    title: '我们的节日·端午',
    hostSiteId: 's2',
    coOrganizingSiteIds: [],
    teamIds: ['t2'],
    date: '2022-06-03',
    volunteers: 12,
    audience: 150,
    at: at(51),
  },
}

describe('joint activities (C4) in the read models', () => {
  it('credits the cluster with an activity held with it named, once even when the old event tells it too', async () => {
    const events = [...districtScenario, held('a-joint', 'k1'), recordedTheOldWay, held('a-alone')]
    const live = await runLiveReadModels(events)
    const cluster = queryCluster(await runReadModel(networkDirectory, events), 'k1')
    expect(cluster).toMatchObject({
      jointActivityCount: 1,
      jointAudience: 150,
      jointActivities: [{ activityId: 'a-joint', hostSiteId: 's2', venueId: 'v1' }],
    })
    expect(queryClusterPool(live.readModel(clusterPool))[0]).toMatchObject({ jointActivities: 1 })
  })

  it('still counts a joint activity only the old command recorded', async () => {
    const events = [...districtScenario, recordedTheOldWay]
    const live = await runLiveReadModels(events)
    expect(queryCluster(await runReadModel(networkDirectory, events), 'k1')).toMatchObject({
      jointActivityCount: 1,
    })
    expect(queryClusterPool(live.readModel(clusterPool))[0]).toMatchObject({ jointActivities: 1 })
  })
})

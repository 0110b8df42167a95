import { describe, expect, it } from 'vitest'
import { clustersHostedBy, planBody, type ActivityPlanForm } from './activity-plan'

const form = (overrides: Partial<ActivityPlanForm> = {}): ActivityPlanForm => ({
  title: ' 邻里节 ',
  kind: 'square',
  organizerSiteId: 'st-1',
  teamIds: ['t-1'],
  plannedDate: '2026-03-05',
  clusterId: '',
  venueId: '',
  festival: '春节',
  intersection: '人民路口',
  themeMonth: '2026-03',
  ...overrides,
})

describe('planBody', () => {
  it('sends the cluster and its shared venue, and only the kind’s own detail', () => {
    const { body, problems } = planBody(form({ kind: 'festival', clusterId: 'c-1', venueId: 'v-1' }))
    expect(problems).toEqual({})
    expect(body).toEqual({
      title: '邻里节',
      kind: 'festival',
      organizerSiteId: 'st-1',
      teamIds: ['t-1'],
      plannedDate: '2026-03-05',
      clusterId: 'c-1',
      venueId: 'v-1',
      festival: '春节',
    })
  })

  it('sends a site’s own activity without cluster or venue', () => {
    const { body } = planBody(form({ kind: 'themed' }))
    expect(body).not.toHaveProperty('clusterId')
    expect(body).not.toHaveProperty('venueId')
    expect(body).toMatchObject({ themeMonth: '2026-03' })
    expect(body).not.toHaveProperty('festival')
  })

  it('names what is missing: the title, the kind’s detail, the cluster of a venue', () => {
    const { problems } = planBody(form({ title: ' ', kind: 'traffic_persuasion', intersection: '', venueId: 'v-1' }))
    expect(problems).toEqual({ title: 'required', intersection: 'required', clusterId: 'venueNeedsCluster' })
  })
})

describe('clustersHostedBy', () => {
  const cluster = (clusterId: string, leadSiteId: string, memberSiteIds: string[], status = 'active') => ({
    clusterId,
    status,
    leadSiteId,
    memberSiteIds,
  })
  it('offers the active clusters the site leads or belongs to, never a dissolved one', () => {
    const clusters = [
      cluster('c-lead', 'st-1', ['st-2', 'st-3']),
      cluster('c-member', 'st-9', ['st-1', 'st-8']),
      cluster('c-other', 'st-7', ['st-5', 'st-6']),
      cluster('c-gone', 'st-1', ['st-4', 'st-5'], 'dissolved'),
    ]
    expect(clustersHostedBy(clusters, 'st-1').map((c) => c.clusterId)).toEqual(['c-lead', 'c-member'])
  })
})

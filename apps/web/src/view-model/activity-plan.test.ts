import { describe, expect, it } from 'vitest'
import { planBody, type ActivityPlanForm } from './activity-plan'

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

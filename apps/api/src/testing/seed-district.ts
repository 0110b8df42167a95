import type { TestApi } from './test-api.js'

const coordinates = (latitude: number, longitude: number) => ({ latitude, longitude })

/**
 * A small district through the API: centre, its catalogue (`health`, `culture`), one institute,
 * stations st-1..st-4 (st-2..st-4 weak,
 * in cluster `cl-1` led by st-2), teams `team-local` (st-1), `team-pool` (st-2, pooled) and `team-district`.
 */
export const seedDistrict = async (t: TestApi): Promise<void> => {
  const ok = async (path: string, body: unknown): Promise<void> => {
    const response = await t.request('dispatcher', 'POST', path, body)
    if (response.status >= 300) {
      throw new Error(`seed ${path}: ${response.status} ${response.text}`)
    }
  }
  const site = (siteId: string, parentId: string | null, level: string, lat: number) =>
    ok('/sites', {
      siteId,
      parentId,
      level,
      name: `site ${siteId}`,
      kind: level === 'station' ? 'village' : level,
      coordinates: coordinates(lat, 120.1),
    })
  await site('centre', null, 'center', 30.0)
  await site('inst-1', 'centre', 'institute', 30.01)
  await site('st-1', 'inst-1', 'station', 30.02)
  await site('st-2', 'inst-1', 'station', 30.03)
  await site('st-3', 'inst-1', 'station', 30.031)
  await site('st-4', 'inst-1', 'station', 30.032)
  // The district's 服务菜单 (S1): what its teams serve and residents order.
  await ok('/catalogue/centre/entries', {
    entry: { code: 'health', name: '健康义诊', description: '测血压、义诊', platform: 'health' },
  })
  await ok('/catalogue/centre/entries', {
    entry: {
      code: 'culture',
      name: '文化活动',
      description: '文艺演出、读书会',
      platform: 'culture',
    },
  })
  for (const weak of ['st-2', 'st-3', 'st-4']) {
    await ok(`/sites/${weak}/mark-weak`, { reason: 'few volunteers' })
  }
  const team = (teamId: string, homeSiteId: string, leader: string) =>
    ok('/teams', {
      teamId,
      name: `team ${teamId}`,
      homeSiteId,
      organizationId: 'org-1',
      platform: 'health',
      categories: ['health', 'culture'],
      capacity: 3,
      leader: { volunteerId: leader, displayName: `leader ${leader}` },
    })
  await team('team-local', 'st-1', 'v-1')
  await team('team-pool', 'st-2', 'v-2')
  await team('team-district', 'centre', 'v-3')
  await ok('/clusters', {
    clusterId: 'cl-1',
    name: '五联共建 片区一',
    leadSiteId: 'st-2',
    memberSiteIds: ['st-3', 'st-4'],
  })
  await ok('/clusters/cl-1/teams', { teamId: 'team-pool' })
}

/** Registers a centre (and its catalogue entry), a station and a team through the API, then places `orders` request orders. */
export const seedApiBench = async (
  url: string,
  headers: Record<string, string>,
  orders = 200,
): Promise<{ siteId: string; openOrders: number }> => {
  const post = async (path: string, body: unknown): Promise<void> => {
    const response = await fetch(`${url}${path}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    })
    if (!response.ok) throw new Error(`seed ${path}: ${response.status} ${await response.text()}`)
  }
  const coordinates = { latitude: 30.27, longitude: 120.15 }
  await post('/sites', {
    siteId: 'centre',
    parentId: null,
    level: 'center',
    name: '区新时代文明实践中心',
    kind: 'centre',
    coordinates,
  })
  await post('/sites', {
    siteId: 'institute-1',
    parentId: 'centre',
    level: 'institute',
    name: '街道实践所',
    kind: 'institute',
    coordinates,
  })
  await post('/sites', {
    siteId: 'station-1',
    parentId: 'institute-1',
    level: 'station',
    name: '社区实践站',
    kind: 'community',
    coordinates,
  })
  // The district's 服务菜单 (S1): a request order names one of its entries.
  await post('/catalogue/centre/entries', {
    entry: { code: 'health', name: '健康义诊', platform: 'health' },
  })
  await post('/teams', {
    teamId: 'team-1',
    name: '健康服务队',
    homeSiteId: 'station-1',
    organizationId: 'org-1',
    platform: 'health',
    categories: ['health'],
    capacity: 10,
    leader: { volunteerId: 'v-1', displayName: '李队长' },
  })
  for (let i = 0; i < orders; i++) {
    await post('/orders', {
      orderId: `seed-${i}`,
      siteId: 'station-1',
      category: 'health',
      wantedAt: '2022-06-01T09:00:00.000Z',
    })
  }
  return { siteId: 'station-1', openOrders: orders }
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDistrict } from './testing/seed-district.js'
import { startTestApi, type TestApi } from './testing/test-api.js'

describe('the personal fields of a proxy order', () => {
  let t: TestApi
  beforeAll(async () => {
    t = await startTestApi()
    await seedDistrict(t)
    const placed = await t.request('station', 'POST', '/orders', {
      orderId: 'proxy-1',
      siteId: 'st-1',
      onBehalfOf: '张三 13800000000',
      category: 'health',
      wantedAt: '2022-03-02T09:00:00.000Z',
    })
    expect(placed.status).toBe(201)
  })
  afterAll(async () => {
    await t.close()
  })

  it('shows the person served to the dispatcher and the proxy, and masks it for an auditor', async () => {
    const as = async (who: 'dispatcher' | 'station' | 'auditor') =>
      (await t.request(who, 'GET', '/orders/proxy-1')).text
    expect(await as('dispatcher')).toContain('张三')
    expect(await as('station')).toContain('张三')
    const audited = await as('auditor')
    expect(audited).not.toContain('张三')
    expect(audited).not.toContain('13800000000')
    expect(audited).toContain('"onBehalfOf":"***"')
  })

  it('says in the API docs who sees them', async () => {
    const docs = await t.request(null, 'GET', '/docs/json')
    const operation = (docs.body as { paths: Record<string, { get?: { description?: string } }> })
      .paths['/orders/{orderId}']?.get
    expect(operation?.description).toMatch(/onBehalfOf.*auditor/s)
  })
})

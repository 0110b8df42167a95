import { orderStream, siteStream } from '@wenming/domain'
import { anEvent } from '@wenming/domain/testing'
import { describe, expect, it } from 'vitest'
import type { Principal } from '../principal.js'
import { apiSpecification, existingStream } from './api-specification.js'

const dispatcher: Principal = {
  id: 'u-dispatcher',
  role: 'centre-dispatcher',
  sites: [],
  teams: [],
}
const resident: Principal = { id: 'resident-1', role: 'resident', sites: [], teams: [] }
const given = apiSpecification()
// The order's station under its centre: the centre accepts and holds it (O8).
const network = [
  existingStream(siteStream('centre'), [
    anEvent('SiteRegistered', { siteId: 'centre', parentId: null, level: 'center' }),
  ]),
  existingStream(siteStream('st-1'), [anEvent('SiteRegistered')]),
]
const placed = [...network, existingStream(orderStream('o-1'), [anEvent('RequestOrderPlaced')])]

describe('apiSpecification', () => {
  it('checks the status, body and events of an accepted command', async () => {
    const outcome = await given(...placed)
      .when({ method: 'POST', url: '/orders/o-1/accept', as: dispatcher, body: {} })
      .then({
        status: 200,
        body: { streamName: 'order-o-1', revision: 1 },
        events: [
          {
            streamName: 'order-o-1',
            type: 'OrderAccepted',
            data: { orderId: 'o-1', acceptedBy: 'u-dispatcher', at: '2026-03-02T09:00:00.000Z' },
          },
        ],
      })
    expect(outcome.headers['etag']).toBe('"1"')
  })

  it('checks that a refused command appended nothing', async () => {
    await given(
      ...network,
      existingStream(orderStream('o-1'), [anEvent('RequestOrderPlaced'), anEvent('OrderAccepted')]),
    )
      .when({ method: 'POST', url: '/orders/o-1/accept', as: dispatcher, body: {} })
      .then({ status: 409, body: { title: expect.any(String) as unknown }, events: [] })
  })

  it('answers a query from read models that hold the given events', async () => {
    await given(...placed)
      .when({ method: 'GET', url: '/orders/o-1', as: dispatcher })
      .then({ status: 200, body: { orderId: 'o-1', order: { status: 'placed' } }, events: [] })
  })

  it('refuses a request without a principal', async () => {
    await given(...placed)
      .when({ method: 'GET', url: '/orders/o-1' })
      .then({ status: 401, events: [] })
  })

  it('fails when the status, the body or the events differ', async () => {
    const accept = given(...placed).when({
      method: 'POST',
      url: '/orders/o-1/accept',
      as: dispatcher,
      body: {},
    })
    await expect(accept.then({ status: 201 })).rejects.toThrow(/status/)
    await expect(accept.then({ status: 200, body: { revision: 7 } })).rejects.toThrow()
    await expect(accept.then({ status: 200, events: [] })).rejects.toThrow()
    await expect(
      accept.then({ status: 200, events: [{ type: 'OrderRejected' }] }),
    ).rejects.toThrow()
    await expect(
      given(...placed)
        .when({ method: 'POST', url: '/orders/o-1/accept', as: resident, body: {} })
        .then({ status: 200 }),
    ).rejects.toThrow(/status/)
  })

  it('tells a caller who awaits when() instead of calling then()', async () => {
    await expect(
      (async () => {
        // `when` is no promise: TypeScript and the linter refuse the await, and so does the helper.
        // @ts-expect-error -- awaiting a non-promise with a `then` member
        // eslint-disable-next-line @typescript-eslint/await-thenable
        await given(...placed).when({ method: 'GET', url: '/orders/o-1', as: dispatcher })
      })(),
    ).rejects.toThrow(/do not await/)
  })
})

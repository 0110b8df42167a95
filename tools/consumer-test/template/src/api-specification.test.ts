import type { Principal } from '@wenming/api'
import { apiSpecification, existingStream } from '@wenming/api/testing'
import { orderStream, siteStream } from '@wenming/domain'
import { anEvent } from '@wenming/domain/testing'
import { describe, it } from 'vitest'

const dispatcher: Principal = { id: 'u-1', role: 'centre-dispatcher', sites: [], teams: [] }
const given = apiSpecification({ now: '2026-03-02T09:00:00.000Z' })

describe('@wenming/api/testing from outside the workspace', () => {
  it('accepts a placed order over HTTP and records OrderAccepted', async () => {
    // The order's station under its centre: the centre accepts and holds it (O8).
    await given(
      existingStream(siteStream('centre'), [
        anEvent('SiteRegistered', { siteId: 'centre', parentId: null, level: 'center' }),
      ]),
      existingStream(siteStream('st-1'), [anEvent('SiteRegistered')]),
      existingStream(orderStream('o-1'), [anEvent('RequestOrderPlaced')]),
    )
      .when({ method: 'POST', url: '/orders/o-1/accept', as: dispatcher, body: {} })
      .then({ status: 200, events: [{ type: 'OrderAccepted', data: { acceptedBy: 'u-1' } }] })
  })
})

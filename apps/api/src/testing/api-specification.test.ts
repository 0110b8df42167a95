import { createInMemoryEventStore, type RecordedEvent } from '@wenming/event-store'
import { createWenmingDomain, siteStream } from '@wenming/domain'
import { describe, expect, it } from 'vitest'
import type { Principal } from '../principal.js'
import { apiSpecification, type GivenApiEvent } from './api-specification.js'

const dispatcher: Principal = { id: 'u-1', role: 'centre-dispatcher', sites: [], teams: [] }
const resident: Principal = { id: 'r-1', role: 'resident', sites: [], teams: [] }
const at = new Date('2026-03-01T08:00:00.000Z')

/** The events of a registered district centre, as the domain records them. */
const centreRegistered = async (): Promise<GivenApiEvent[]> => {
  const store = createInMemoryEventStore()
  await createWenmingDomain().handleSiteCommand(
    store,
    {
      type: 'RegisterSite',
      data: {
        siteId: 'centre',
        parentId: null,
        level: 'center',
        name: '区新时代文明实践中心',
        kind: '中心',
        coordinates: { latitude: 31.23, longitude: 121.47 },
      },
      metadata: { now: at.toISOString(), actor: { id: 'u-1' } },
    },
    { commandId: 'c-1' },
  )
  const events: RecordedEvent[] = []
  for await (const event of store.readStream(siteStream('centre'))) events.push(event)
  return events.map(({ streamName, type, data, metadata }) => ({
    streamName,
    type,
    data,
    ...(metadata === undefined ? {} : { metadata }),
  }))
}

const given = apiSpecification({ clock: () => at })

describe('apiSpecification', () => {
  it('gives events, sends a request as a principal, and checks status, body and new events', async () => {
    const outcome = await given(await centreRegistered())
      .when({
        method: 'POST',
        url: '/sites/centre/rename',
        as: dispatcher,
        body: { name: '区文明实践中心' },
      })
      .then({ status: 200, newEvents: [{ type: 'SiteRenamed', streamName: siteStream('centre') }] })
    expect(outcome.newEvents).toHaveLength(1)
  })

  it('sees a refusal append nothing', async () => {
    await given(await centreRegistered())
      .when({ method: 'POST', url: '/sites/centre/rename', as: resident, body: { name: 'x' } })
      .then({ status: 403, body: { status: 403 }, newEvents: [] })
  })

  it('fails when the request does not give what is expected', async () => {
    await expect(
      given([])
        .when({ method: 'POST', url: '/sites/centre/rename', body: { name: 'x' } })
        .then({ status: 200 }),
    ).rejects.toThrow()
  })
})

import { describe, expect, it } from 'vitest'
import { commandMetadata } from '../testing/scalar-arbitraries.js'
import { dispatchProcess } from './dispatch-process.js'

const metadata = commandMetadata('2026-02-01T08:00:00.000Z')
const at = metadata.now

describe('dispatch process manager', () => {
  it('reserves before a dispatch and releases when the dispatch cannot be recorded', () => {
    expect(
      dispatchProcess({
        type: 'DispatchRequested',
        orderId: 'o-1',
        teamId: 't-1',
        category: 'health',
        metadata,
      }),
    ).toEqual([
      {
        type: 'ReserveTeamCapacity',
        data: { teamId: 't-1', orderId: 'o-1', category: 'health' },
        metadata,
      },
    ])
    expect(
      dispatchProcess({ type: 'DispatchNotRecorded', orderId: 'o-1', teamId: 't-1', metadata }),
    ).toEqual([
      {
        type: 'ReleaseTeamCapacity',
        data: { teamId: 't-1', orderId: 'o-1', reason: 'dispatch-failed' },
        metadata,
      },
    ])
  })

  it('releases the previous team on a re-dispatch and nothing on a take', () => {
    expect(
      dispatchProcess({
        type: 'OrderEventRecorded',
        event: {
          type: 'OrderRedispatched',
          data: {
            orderId: 'o-1',
            previousTeamId: 't-1',
            teamId: 't-2',
            reach: 'district',
            dispatchedBy: 'a',
            at,
          },
        },
        metadata,
      }),
    ).toEqual([
      {
        type: 'ReleaseTeamCapacity',
        data: { teamId: 't-1', orderId: 'o-1', reason: 'redispatched' },
        metadata,
      },
    ])
    expect(
      dispatchProcess({
        type: 'OrderEventRecorded',
        event: { type: 'OrderTaken', data: { orderId: 'o-1', teamId: 't-1', takenBy: 'v', at } },
        metadata,
      }),
    ).toEqual([])
  })

  it('releases nothing when an order that held no team is cancelled', () => {
    expect(
      dispatchProcess({
        type: 'OrderEventRecorded',
        event: {
          type: 'OrderCancelled',
          data: { orderId: 'o-1', cancelledBy: 'r', reason: '', teamId: null, at },
        },
        metadata,
      }),
    ).toEqual([])
  })
})

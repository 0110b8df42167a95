import type { AllStreamResolvedEvent } from '@eventstore/db-client'
import { describe, expect, it } from 'vitest'
import { fromEsdbResolvedEvent, isSystemEvent, toEsdbEventData } from './esdb-event-mapping.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

const resolved = (overrides: Record<string, unknown> = {}): AllStreamResolvedEvent => ({
  event: {
    streamId: 'order-1',
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    isJson: true,
    revision: 3n,
    type: 'OrderPlaced',
    created: new Date('2026-01-02T03:04:05.000Z'),
    data: { orderId: '1' },
    metadata: { commandId: 'c-1', $correlationId: 'k-1' },
    position: { commit: 500n, prepare: 500n },
    ...overrides,
  },
})

describe('event mapping', () => {
  it('passes the event id through so the server sees a re-append as idempotent', () => {
    const id = 'a3bb189e-8bf9-3888-9912-ace4e6543002'
    const data = toEsdbEventData({
      id,
      type: 'OrderPlaced',
      data: { n: 1 },
      metadata: { commandId: 'c' },
    })
    expect(data).toEqual({
      id,
      contentType: 'application/json',
      type: 'OrderPlaced',
      data: { n: 1 },
      metadata: { commandId: 'c' },
    })
  })

  it('gives an event without an id a fresh UUID before the call', () => {
    const first = toEsdbEventData({ type: 'A', data: {} })
    const second = toEsdbEventData({ type: 'A', data: {} })
    expect(first.id).toMatch(UUID)
    expect(second.id).not.toBe(first.id)
  })

  it('reads a recorded event as ours: revision and position as numbers, metadata renamed back', () => {
    expect(fromEsdbResolvedEvent(resolved())).toEqual({
      id: '0f8fad5b-d9cb-469f-a165-70867728950e',
      type: 'OrderPlaced',
      data: { orderId: '1' },
      metadata: { commandId: 'c-1', correlationId: 'k-1' },
      streamName: 'order-1',
      revision: 3,
      position: 1001,
      recordedAt: new Date('2026-01-02T03:04:05.000Z'),
    })
  })

  it('skips a link whose event was not resolved', () => {
    expect(fromEsdbResolvedEvent({})).toBeUndefined()
  })

  it('says which server version it needs when a stream read has no positions', () => {
    expect(() => fromEsdbResolvedEvent(resolved({ position: undefined }))).toThrow(/22\.10/)
  })

  it('recognises system events by a $ stream or a $ type', () => {
    expect(isSystemEvent({ streamId: '$stats-127.0.0.1:2113', type: '$statsCollected' })).toBe(true)
    expect(isSystemEvent({ streamId: 'order-1', type: '$>' })).toBe(true)
    expect(isSystemEvent({ streamId: 'order-1', type: 'OrderPlaced' })).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { mayAccept, mayDispatch, mayEscalate } from './order-holder'

const station = { role: 'station-admin', sites: ['st-1'] }
const institute = { role: 'institute-admin', sites: ['in-1'] }
const centre = { role: 'centre-dispatcher', sites: [] }

describe('who acts for an order’s holder (O8)', () => {
  it('lets the centre, a station and an institute accept a placed order, and no one else', () => {
    expect(mayAccept(station, 'placed')).toBe(true)
    expect(mayAccept(centre, 'placed')).toBe(true)
    expect(mayAccept({ role: 'team-leader' }, 'placed')).toBe(false)
    expect(mayAccept(station, 'accepted')).toBe(false)
  })

  it('lets only the admin of the holding site escalate, never above the centre', () => {
    const atStation = { level: 'station', siteId: 'st-1' } as const
    expect(mayEscalate(station, 'accepted', atStation)).toBe(true)
    expect(mayEscalate({ ...station, sites: ['st-2'] }, 'accepted', atStation)).toBe(false)
    expect(mayEscalate(institute, 'accepted', atStation)).toBe(false)
    expect(mayEscalate(institute, 'accepted', { level: 'institute', siteId: 'in-1' })).toBe(true)
    expect(mayEscalate(centre, 'accepted', { level: 'centre', siteId: 'c' })).toBe(false)
    expect(mayEscalate(station, 'dispatched', atStation)).toBe(false)
    expect(mayEscalate(station, 'accepted', null)).toBe(false)
  })

  it('lets the centre and the admin of the holding site dispatch, and so read the suggestions', () => {
    const atStation = { level: 'station', siteId: 'st-1' } as const
    expect(mayDispatch(centre, 'accepted', atStation)).toBe(true)
    expect(mayDispatch(station, 'accepted', atStation)).toBe(true)
    expect(mayDispatch(station, 'dispatched', atStation)).toBe(true)
    expect(mayDispatch({ ...station, sites: ['st-2'] }, 'accepted', atStation)).toBe(false)
    expect(mayDispatch(institute, 'accepted', atStation)).toBe(false)
    expect(mayDispatch(institute, 'accepted', { level: 'institute', siteId: 'in-1' })).toBe(true)
    expect(mayDispatch(station, 'accepted', { level: 'institute', siteId: 'in-1' })).toBe(false)
    expect(mayDispatch({ role: 'team-leader', sites: [] }, 'accepted', atStation)).toBe(false)
    expect(mayDispatch(station, 'placed', atStation)).toBe(false)
    expect(mayDispatch(station, 'accepted', null)).toBe(false)
  })
})

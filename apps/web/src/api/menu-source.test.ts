import { describe, expect, it } from 'vitest'
import { entryOf, menuFromServices, type MenuEntry } from './menu-source'

const service = (code: string, orderableBy: MenuEntry['orderableBy'] = 'residents'): MenuEntry => ({
  code,
  name: code,
  description: '',
  platform: 'health_sport',
  orderableBy,
  attributes: [
    { code: 'b', description: '第二问', datatype: 'text', required: false, values: [], order: 2 },
    { code: 'a', description: '第一问', datatype: 'number', required: true, values: [], order: 1 },
  ],
})

describe('menuFromServices', () => {
  it('keeps staff-only entries from residents and leaves out a platform left empty', () => {
    const body = {
      districtId: 'centre',
      platforms: [
        { platform: 'health_sport', services: [service('health'), service('drill', 'staff')] },
        { platform: 'theory', services: [service('policy', 'staff')] },
      ],
    }
    const resident = menuFromServices(body, false)
    expect(resident.platforms.map((p) => [p.platform, p.entries.map((e) => e.code)])).toEqual([
      ['health_sport', ['health']],
    ])
    const staff = menuFromServices(body, true)
    expect(staff.platforms.map((p) => p.entries.map((e) => e.code))).toEqual([['health', 'drill'], ['policy']])
  })

  it('asks each entry’s questions in the form’s order', () => {
    const menu = menuFromServices({ districtId: 'c', platforms: [{ platform: 'p', services: [service('x')] }] }, false)
    expect(entryOf(menu, 'x')?.attributes.map((a) => a.code)).toEqual(['a', 'b'])
    expect(entryOf(menu, 'nope')).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { menuFromTeams, orderFieldsFor } from './menu-source'

const team = (platform: string, categories: string[], status: 'active' | 'suspended' = 'active') => ({
  platform,
  categories,
  status,
})

describe('menuFromTeams', () => {
  it('lists each category once under the platform team that serves it, most served first', () => {
    const menu = menuFromTeams([
      team('health_sport', ['health', 'sport']),
      team('community', ['health', 'tutoring']),
      team('community', ['health']),
      team('education', ['education', 'tutoring']),
    ])
    expect(menu.platforms.map((p) => [p.platform, p.entries.map((e) => [e.id, e.teams])])).toEqual([
      ['education', [['tutoring', 2], ['education', 1]]],
      ['health_sport', [['health', 3], ['sport', 1]]],
    ])
  })

  it('leaves out suspended teams and keeps categories only community teams serve last', () => {
    const menu = menuFromTeams([
      team('culture', ['culture'], 'suspended'),
      team('community', ['housework']),
      team('theory', ['policy']),
    ])
    expect(menu.platforms.map((p) => p.platform)).toEqual(['theory', 'community'])
  })
})

describe('orderFieldsFor', () => {
  it('names the entry and joins the answered attributes to the need', () => {
    const entry = {
      id: 'health',
      name: null,
      platform: 'health_sport',
      teams: 1,
      attributes: [
        { name: 'people', label: '人数', required: true },
        { name: 'floor', label: '楼层', required: false },
      ],
    }
    expect(orderFieldsFor(entry, { people: ' 12 ', floor: '' }, '量血压')).toEqual({
      category: 'health',
      need: '量血压；人数：12',
    })
  })
})

import { describe, expect, it } from 'vitest'
import { mayOpen, roleHome, roleOfDevToken, roles } from './roles'

describe('roles', () => {
  it('reads the role a dev token of npm start names', () => {
    expect(roleOfDevToken('dev-leader-Xy12')).toBe('team-leader')
    expect(roleOfDevToken(' dev-dispatcher-abc')).toBe('centre-dispatcher')
    expect(roleOfDevToken('a-token-from-a-file')).toBeUndefined()
  })

  it('lands every role on a page it may open', () => {
    const areas = ['resident', 'dispatcher', 'leader', 'report', 'volunteer', 'station'] as const
    for (const role of roles) {
      const home = roleHome(role)
      const area = areas.find((a) => home === `/${a}`)
      if (area !== undefined) expect(mayOpen(role, area)).toBe(true)
    }
  })
})

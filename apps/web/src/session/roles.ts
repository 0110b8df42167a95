/** The roles a bearer token carries, as the API names them. */
export const roles = [
  'resident',
  'centre-dispatcher',
  'team-leader',
  'station-admin',
  'institute-admin',
  'auditor',
  'volunteer',
] as const

export type Role = (typeof roles)[number]

/** The page each role lands on after signing in. */
export const roleHome = (role: Role): string => {
  switch (role) {
    case 'resident':
      return '/resident'
    case 'centre-dispatcher':
    case 'station-admin':
    case 'institute-admin':
      return '/dispatcher'
    case 'team-leader':
      return '/leader'
    case 'auditor':
      return '/report'
    case 'volunteer':
      return '/volunteer'
  }
}

const devRoles: Readonly<Record<string, Role>> = {
  dispatcher: 'centre-dispatcher',
  institute: 'institute-admin',
  station: 'station-admin',
  leader: 'team-leader',
  resident: 'resident',
  auditor: 'auditor',
  volunteer: 'volunteer',
}

/**
 * The role a dev token of `npm start` names (`dev-leader-…`), or undefined for any other token: the
 * API has no "who am I" read, so the sign-in form asks for the role and guesses it from dev tokens.
 */
export const roleOfDevToken = (token: string): Role | undefined =>
  devRoles[/^dev-([a-z]+)-/.exec(token.trim())?.[1] ?? '']

export type Area = 'resident' | 'dispatcher' | 'leader' | 'report' | 'volunteer' | 'station'

/** The pages a role may open (the API still checks every read and command). */
export const mayOpen = (role: Role, area: Area): boolean => {
  switch (area) {
    case 'resident':
      return role === 'resident'
    case 'dispatcher':
      return role === 'centre-dispatcher' || role === 'station-admin' || role === 'institute-admin'
    case 'leader':
      return role === 'team-leader'
    case 'report':
      return role === 'auditor' || role === 'centre-dispatcher' || role === 'institute-admin'
    case 'volunteer':
      return role === 'volunteer'
    case 'station':
      return role === 'station-admin' || role === 'institute-admin' || role === 'centre-dispatcher'
  }
}

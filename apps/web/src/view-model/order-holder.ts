import type { HolderLevel, Me, OrderHolder, OrderStatus } from '../api/types'

const levelOfRole: Readonly<Record<string, HolderLevel>> = {
  'station-admin': 'station',
  'institute-admin': 'institute',
  'centre-dispatcher': 'centre',
}

/** The level a principal accepts, escalates and dispatches at (O8), or `null`. */
export const holderLevelOf = (role: string): HolderLevel | null => levelOfRole[role] ?? null

/** Whether `me` may accept a placed order (受理): the centre, a station or an institute (O8). */
export const mayAccept = (me: Pick<Me, 'role'>, status: OrderStatus): boolean =>
  status === 'placed' && holderLevelOf(me.role) !== null

/**
 * Whether `me` may pass an accepted order one level up (O8): the admin of the site that holds it,
 * at a level below the centre. The API checks the same; the page only offers what it would allow.
 */
export const mayEscalate = (
  me: Pick<Me, 'role' | 'sites'>,
  status: OrderStatus,
  holder: OrderHolder | null | undefined,
): boolean => {
  if (status !== 'accepted' || holder == null || holder.level === 'centre') return false
  return holderLevelOf(me.role) === holder.level && holder.siteId !== null && me.sites.includes(holder.siteId)
}

/**
 * Whether `me` may dispatch (or re-dispatch) an order, and so read its dispatch suggestions (O8):
 * the centre dispatcher, or the admin of the station or institute whose level holds it now. The API
 * checks the same.
 */
export const mayDispatch = (
  me: Pick<Me, 'role' | 'sites'>,
  status: OrderStatus,
  holder: OrderHolder | null | undefined,
): boolean => {
  if (status !== 'accepted' && status !== 'dispatched') return false
  if (me.role === 'centre-dispatcher') return true
  if (holder == null || holder.siteId === null) return false
  return holderLevelOf(me.role) === holder.level && me.sites.includes(holder.siteId)
}

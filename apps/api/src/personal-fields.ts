import type { Principal } from './principal.js'

/** The fields of order events that name a person (the one a proxy order serves). */
const PERSONAL_FIELDS = ['onBehalfOf'] as const

/** Shown in place of a personal field to a role that need not see it. */
export const MASKED = '***'

/**
 * Whether `principal` sees an order's personal fields: the dispatcher, the requester and the
 * admins of the order's site (who reach the order only when they own it), and the leaders of a
 * team it was dispatched to; an auditor does not (no figure of a report needs them).
 */
export const seesPersonalFields = (principal: Principal): boolean => principal.role !== 'auditor'

/** What the docs say about who sees the personal fields of an order. */
export const personalFieldsNote =
  'Personal fields: `onBehalfOf` (the person a proxy order serves, 代点单) is shown to the centre ' +
  'dispatcher, the requester and the admins of the order’s site, and the leaders of a team the ' +
  `order was dispatched to; an auditor gets "${MASKED}".`

/** An event's data with its personal fields masked, unless `principal` sees them. */
export const maskPersonalFields = (data: unknown, principal: Principal): unknown => {
  if (seesPersonalFields(principal) || typeof data !== 'object' || data === null) return data
  const record = data as Record<string, unknown>
  if (!PERSONAL_FIELDS.some((field) => typeof record[field] === 'string')) return data
  const masked = { ...record }
  for (const field of PERSONAL_FIELDS) {
    if (typeof masked[field] === 'string') masked[field] = MASKED
  }
  return masked
}

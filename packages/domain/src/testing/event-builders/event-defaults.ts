/** A valid `data` for every event type of the union `E`, keyed by type. */
export type EventDefaults<E extends { type: string; data: unknown }> = {
  readonly [T in E['type']]: Extract<E, { type: T }>['data']
}

/** The instant every default event happened at: a Monday morning in the tests' district year. */
export const defaultAt = '2026-03-02T08:00:00.000Z'

/** The default ids the builders share, so default events of different streams fit together. */
export const defaultIds = {
  districtId: 'centre',
  siteId: 'st-1',
  teamId: 'team-1',
  orderId: 'o-1',
  clusterId: 'cl-1',
  activityId: 'a-1',
  shiftId: 'sh-1',
  volunteerId: 'v-1',
  actorId: 'admin-1',
} as const

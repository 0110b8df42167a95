import { fromLocalInput } from './local-datetime'

/** What the shift form holds: the post and its geofence, the time window, the cap and the code. */
export type ShiftForm = {
  activityId: string
  teamId: string
  postId: string
  postName: string
  latitude: number
  longitude: number
  radiusMeters: number
  startsAt: string
  endsAt: string
  maxHours: number
  checkInCode: string
}

/** Why a shift cannot be sent yet. */
export type ShiftProblem = 'required' | 'badId' | 'codeLength' | 'endsBeforeStart'

const ID = /^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/

/**
 * The `POST /shifts` body of a shift a team leader schedules for their team's part in an activity
 * (the team is its organiser), with the fields the form must fill or fix first.
 */
export const shiftBody = (form: ShiftForm): { body: Record<string, unknown>; problems: Record<string, ShiftProblem> } => {
  const problems: Record<string, ShiftProblem> = {}
  const startsAt = fromLocalInput(form.startsAt)
  const endsAt = fromLocalInput(form.endsAt)
  if (form.activityId === '') problems['activityId'] = 'required'
  if (form.teamId === '') problems['organiser'] = 'required'
  if (!ID.test(form.postId.trim())) problems['post.postId'] = form.postId.trim() === '' ? 'required' : 'badId'
  if (form.postName.trim() === '') problems['post.name'] = 'required'
  const code = form.checkInCode.trim()
  if (code.length < 4 || code.length > 12) problems['checkInCode'] = 'codeLength'
  if (startsAt === null) problems['startsAt'] = 'required'
  if (endsAt === null) problems['endsAt'] = 'required'
  else if (startsAt !== null && endsAt <= startsAt) problems['endsAt'] = 'endsBeforeStart'
  return {
    body: {
      activityId: form.activityId,
      post: {
        postId: form.postId.trim(),
        name: form.postName.trim(),
        location: { latitude: form.latitude, longitude: form.longitude },
        radiusMeters: form.radiusMeters,
      },
      startsAt,
      endsAt,
      maxHours: form.maxHours,
      checkInCode: code,
      organiser: { kind: 'team', teamId: form.teamId },
    },
    problems,
  }
}

/** A check-in code of six digits, from the browser's random source. */
export const newCheckInCode = (random: (n: number) => Uint32Array = (n) => crypto.getRandomValues(new Uint32Array(n))): string =>
  String((random(1)[0] ?? 0) % 1_000_000).padStart(6, '0')

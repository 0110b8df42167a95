import type { CompletionReport } from '@wenming/domain'
import { deriveSeed } from './derive-seed.js'
import type { PlannedSite, PlannedTeam } from './district-plan.js'
import { createRandom } from './random.js'
import type { SimulationContext } from './simulation-context.js'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const quarters = (hours: number) => Math.max(0.25, Math.floor(hours * 4) / 4)
const iso = (ms: number) => new Date(ms).toISOString()

/**
 * After an order's completion its team's leader records each volunteer's own hours (V2, V5):
 * most within days, a few after the 10 working days of Art 11 (marked late); a few volunteers ask
 * for a correction, which the leader makes or refuses. Draws from its own random stream, so the
 * rest of the simulated year is unchanged; a refused record (overlap, not yet registered) is a
 * real refusal and is left as it is.
 */
export const scheduleOrderRecords = (
  ctx: SimulationContext,
  orderId: string,
  team: PlannedTeam,
  report: CompletionReport,
  completedAt: number,
): void => {
  const random = createRandom(deriveSeed(ctx.seed, `records-${orderId}`))
  const leader = { id: team.members[0] ?? team.id, role: 'team_leader' }
  const organiser = { kind: 'team' as const, teamId: team.id }
  const each = quarters(report.hours / report.volunteerIds.length)
  const recordAt = completedAt + (random.chance(0.05) ? random.int(15, 25) : random.int(1, 5)) * DAY
  ctx.agenda.schedule(recordAt, async () => {
    for (const volunteerId of report.volunteerIds) {
      const recordId = `${orderId}-${volunteerId}`
      const startsAt = completedAt - Math.ceil(each) * HOUR
      const details = {
        startsAt: iso(startsAt),
        endsAt: iso(completedAt),
        hours: each,
        place: '服务对象所在社区',
        content: '点单服务',
      }
      const recorded = await ctx.sender.send(
        ctx.domain.handleVolunteerCommand,
        {
          type: 'RecordService',
          data: {
            volunteerId,
            recordId,
            occasion: { kind: 'order', orderId },
            organiser,
            personInCharge: `队长${leader.id}`,
            ...details,
          },
        },
        recordAt,
        leader,
        `record-${recordId}`,
      )
      if (recorded.ok && random.chance(0.02))
        scheduleCertificate(ctx, volunteerId, recordId, recordAt)
      if (!recorded.ok || !random.chance(0.03)) continue
      const correctionId = `fix-${recordId}`
      const askedAt = recordAt + random.int(1, 10) * DAY
      const fix = random.chance(0.7)
      ctx.agenda.schedule(askedAt, async () => {
        await ctx.sender.must(
          ctx.domain.handleVolunteerCommand,
          {
            type: 'RequestCorrection',
            data: { volunteerId, correctionId, recordId, description: '服务时长少记' },
          },
          askedAt,
          { id: volunteerId, role: 'volunteer' },
          correctionId,
        )
        const answer = fix
          ? ({
              type: 'CorrectServiceRecord',
              data: {
                volunteerId,
                correctionId,
                organiser,
                personInCharge: `队长${leader.id}`,
                ...details,
                hours: Math.min(Math.ceil(each), each + 0.5),
              },
            } as const)
          : ({
              type: 'RefuseCorrection',
              data: { volunteerId, correctionId, organiser, reason: '经核实记录无误' },
            } as const)
        await ctx.sender.send(
          ctx.domain.handleVolunteerCommand,
          answer,
          askedAt + DAY,
          leader,
          `${correctionId}-answer`,
        )
      })
    }
  })
}

/** A volunteer asks for a 服务记录证明 of their year so far, a few days after a record (V8). */
const scheduleCertificate = (
  ctx: SimulationContext,
  volunteerId: string,
  recordId: string,
  recordAt: number,
): void => {
  const askedAt = recordAt + 3 * DAY
  ctx.agenda.schedule(askedAt, () =>
    ctx.sender
      .send(
        ctx.domain.handleVolunteerCommand,
        {
          type: 'IssueCertificate',
          data: {
            volunteerId,
            certificateNumber: `ZM-${recordId}`,
            from: `${ctx.year}-01-01`,
            to: iso(askedAt).slice(0, 10),
            issuer: {
              organisation: '区新时代文明实践中心',
              personInCharge: '中心负责人',
              contact: '0000-0000000',
            },
          },
        },
        askedAt,
        { id: volunteerId, role: 'volunteer' },
        `certificate-${recordId}`,
      )
      .then(() => undefined),
  )
}

/**
 * A traffic-persuasion session as a shift at its intersection (V3): two volunteers of a team check
 * in and out with the code at the post; a third forgets to check out and the organiser closes the
 * attendance (a make-up); the organiser confirms the hours the next day.
 */
export const scheduleTrafficShift = (
  ctx: SimulationContext,
  activityId: string,
  teamId: string | undefined,
  organizer: PlannedSite,
  intersection: string,
  heldAt: number,
): void => {
  const team = [...ctx.plan.platformTeams, ...ctx.plan.communityTeams].find((t) => t.id === teamId)
  if (team === undefined) return
  const random = createRandom(deriveSeed(ctx.seed, `shift-${activityId}`))
  const shiftId = `${activityId}-shift`
  const staff = { id: `staff-${organizer.id}`, role: 'staff' }
  const organiser = { kind: 'site' as const, siteId: organizer.id }
  const location = { latitude: organizer.latitude, longitude: organizer.longitude }
  const volunteers = random.shuffle(team.members.slice(1)).slice(0, 3)
  const scheduledAt = heldAt - HOUR
  ctx.agenda.schedule(scheduledAt, async () => {
    const scheduled = await ctx.sender.send(
      ctx.domain.handleShiftCommand,
      {
        type: 'ScheduleShift',
        data: {
          shiftId,
          activityId,
          post: { postId: intersection, name: intersection, location, radiusMeters: 200 },
          startsAt: iso(heldAt),
          endsAt: iso(heldAt + 2 * HOUR),
          maxHours: 2,
          checkInCode: '2468',
          organiser,
        },
      },
      scheduledAt,
      staff,
      `${shiftId}-schedule`,
    )
    if (!scheduled.ok) return
    for (const [i, volunteerId] of volunteers.entries()) {
      const actor = { id: volunteerId, role: 'volunteer' }
      const attendance = { shiftId, volunteerId, code: '2468', position: location }
      const inAt = heldAt + random.int(0, 10) * 60_000
      const outAt = inAt + random.int(90, 130) * 60_000
      ctx.agenda.schedule(inAt, async () => {
        const checkedIn = await ctx.sender.send(
          ctx.domain.handleShiftCommand,
          { type: 'CheckIn', data: attendance },
          inAt,
          actor,
          `${shiftId}-in-${volunteerId}`,
        )
        if (!checkedIn.ok) return
        const forgot = i === 2
        const closeAt = forgot ? heldAt + 20 * HOUR : outAt
        ctx.agenda.schedule(closeAt, async () => {
          await ctx.sender.send(
            ctx.domain.handleShiftCommand,
            forgot
              ? {
                  type: 'CloseAttendance',
                  data: {
                    shiftId,
                    volunteerId,
                    organiser,
                    checkedOutAt: iso(outAt),
                    reason: '忘记签退',
                  },
                }
              : { type: 'CheckOut', data: attendance },
            closeAt,
            forgot ? staff : actor,
            `${shiftId}-out-${volunteerId}`,
          )
          const confirmAt = heldAt + DAY
          ctx.agenda.schedule(confirmAt, () =>
            ctx.sender
              .send(
                ctx.domain.handleVolunteerCommand,
                {
                  type: 'ConfirmShiftHours',
                  data: {
                    volunteerId,
                    recordId: `${shiftId}-${volunteerId}`,
                    shiftId,
                    organiser,
                    personInCharge: '中心负责人',
                    content: '文明交通劝导',
                  },
                },
                confirmAt,
                staff,
                `${shiftId}-confirm-${volunteerId}`,
              )
              .then(() => undefined),
          )
        })
      })
    }
  })
}

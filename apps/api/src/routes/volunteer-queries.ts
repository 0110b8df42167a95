import { maskBirthDate, maskIdNumber, maskPhone, volunteerStream } from '@wenming/domain'
import {
  queryLateRecords,
  queryPendingCorrections,
  queryPostHours,
  querySiteVolunteers,
  queryTeamVolunteers,
  queryVolunteerRecords,
  verifyCertificate,
  volunteerRecords,
  volunteerRowKey,
  type ServiceRecordRow,
} from '@wenming/projections'
import { z } from 'zod'
import type { LiveProjections } from '../live-projections.js'
import type { Principal, Role } from '../principal.js'
import { httpProblem } from '../problem-details.js'
import { queryRoute, type QueryRoute } from '../query-route.js'
import { leadsTeam, managesSite } from '../scope.js'
import { actsFor, isVolunteer, seesPersonalFields } from '../volunteer-scope.js'
import { registrationOf } from '../volunteer-registration.js'

const tag = 'volunteers'
const id = z.string().min(1).max(200)
const noQuery = z.strictObject({})
const staff: readonly Role[] = [
  'centre-dispatcher',
  'institute-admin',
  'station-admin',
  'team-leader',
  'auditor',
]
const seesAll = (principal: Principal) =>
  principal.role === 'centre-dispatcher' || principal.role === 'auditor'

const organiserOf = (record: ServiceRecordRow) =>
  record.organiserKind === 'team'
    ? ({ kind: 'team', teamId: record.organiserId } as const)
    : ({ kind: 'site', siteId: record.organiserId } as const)

/**
 * Reads of volunteers and their service: a volunteer sees their own records and certificates; an
 * organiser their teams' or sites' volunteers; the centre all. Personal fields only in the profile,
 * and unmasked only to the volunteer, the centre and their site's admins; anyone may verify a
 * certificate by its number, which shows masked fields only.
 */
export const volunteerQueryRoutes = (live: LiveProjections): QueryRoute[] => {
  const model = () => live.runner.readModel(volunteerRecords)
  const freshness = () => live.freshness(volunteerRecords.name)
  /** Whether the principal may read a volunteer's records: self, centre, their site, their team. */
  const readsVolunteer = (principal: Principal, volunteerId: string): boolean => {
    if (isVolunteer(principal, volunteerId) || seesAll(principal)) return true
    const volunteer = model().volunteers.get(volunteerId)
    if (volunteer === undefined) return principal.role !== 'volunteer'
    if (principal.role === 'team-leader') {
      return principal.teams.some((teamId) =>
        model().teamMembers.has(volunteerRowKey(teamId, volunteerId)),
      )
    }
    return principal.role !== 'volunteer' && principal.sites.includes(volunteer.siteId)
  }
  const mine = (principal: Principal, record: ServiceRecordRow | undefined) =>
    seesAll(principal) || (record !== undefined && actsFor(principal, organiserOf(record)))
  return [
    queryRoute({
      url: '/volunteers/:volunteerId/records',
      operationId: 'volunteerRecords',
      summary:
        "A volunteer's records, hours by month and year, star level, corrections, certificates",
      tag,
      params: z.strictObject({ volunteerId: id }),
      query: noQuery,
      roles: [...staff, 'volunteer'],
      authorize: ({ principal, params }) =>
        Promise.resolve(readsVolunteer(principal, params.volunteerId)),
      execute: ({ params }) => {
        const view = queryVolunteerRecords(model(), params.volunteerId)
        if (view === undefined) {
          throw httpProblem(
            404,
            'not-found',
            'Volunteer not found',
            `No volunteer ${params.volunteerId}`,
          )
        }
        return Promise.resolve({ body: view, freshness: freshness() })
      },
    }),
    queryRoute({
      url: '/volunteers/:volunteerId/profile',
      operationId: 'volunteerProfile',
      summary:
        'The real-name fields (Art 5): ID number, phone and birth date masked unless your role needs them',
      tag,
      params: z.strictObject({ volunteerId: id }),
      query: noQuery,
      roles: [...staff, 'volunteer'],
      authorize: ({ principal, params }) =>
        Promise.resolve(readsVolunteer(principal, params.volunteerId)),
      execute: async ({ principal, params }, { store }) => {
        let revision = -1
        let registered: ReturnType<typeof registrationOf> | null = null
        for await (const event of store.readStream(volunteerStream(params.volunteerId))) {
          revision = event.revision
          registered = registrationOf(event) ?? registered
        }
        if (registered === null) {
          throw httpProblem(
            404,
            'not-found',
            'Volunteer not found',
            `No volunteer ${params.volunteerId}`,
          )
        }
        const { profile } = registered
        const full = await seesPersonalFields(store, principal, params.volunteerId)
        return {
          body: {
            volunteerId: registered.volunteerId,
            siteId: registered.siteId,
            masked: !full,
            profile: full
              ? profile
              : {
                  ...profile,
                  idNumber: maskIdNumber(profile.idNumber),
                  phone: maskPhone(profile.phone),
                  birthDate: maskBirthDate(profile.birthDate),
                },
            consent: registered.consent,
          },
          revision,
        }
      },
    }),
    queryRoute({
      url: '/teams/:teamId/volunteers',
      operationId: 'teamVolunteers',
      summary: "A team's volunteers with their hours, and the hours the team recorded (each once)",
      tag,
      params: z.strictObject({ teamId: id }),
      query: noQuery,
      roles: staff,
      authorize: ({ principal, params }) =>
        Promise.resolve(
          seesAll(principal) ||
            (principal.role === 'team-leader' && leadsTeam(principal, params.teamId)),
        ),
      execute: ({ params }) =>
        Promise.resolve({
          body: queryTeamVolunteers(model(), params.teamId),
          freshness: freshness(),
        }),
    }),
    queryRoute({
      url: '/sites/:siteId/volunteers',
      operationId: 'siteVolunteers',
      summary:
        'The volunteers registered at a site with their hours, and the hours the site recorded',
      tag,
      params: z.strictObject({ siteId: id }),
      query: noQuery,
      roles: staff,
      authorize: ({ principal, params }) =>
        Promise.resolve(
          seesAll(principal) ||
            (principal.role !== 'team-leader' && managesSite(principal, params.siteId)),
        ),
      execute: ({ params }) =>
        Promise.resolve({
          body: querySiteVolunteers(model(), params.siteId),
          freshness: freshness(),
        }),
    }),
    queryRoute({
      url: '/volunteer-service/post-hours',
      operationId: 'postHours',
      summary: 'Monthly confirmed hours per post (per intersection) from shifts',
      tag,
      params: z.strictObject({}),
      query: z.strictObject({
        month: z
          .string()
          .regex(/^\d{4}-\d{2}$/)
          .optional(),
      }),
      roles: staff,
      execute: ({ query }) =>
        Promise.resolve({
          body: { posts: queryPostHours(model(), query.month) },
          freshness: freshness(),
        }),
    }),
    queryRoute({
      url: '/volunteer-service/late-records',
      operationId: 'lateRecords',
      summary: 'Records made after the 10 working days of Art 11, for the occasions you organise',
      tag,
      params: z.strictObject({}),
      query: noQuery,
      roles: staff,
      execute: ({ principal }) =>
        Promise.resolve({
          body: { records: queryLateRecords(model()).filter((r) => mine(principal, r)) },
          freshness: freshness(),
        }),
    }),
    queryRoute({
      url: '/volunteer-service/pending-corrections',
      operationId: 'pendingCorrections',
      summary: 'Corrections waiting for their organiser (V6)',
      tag,
      params: z.strictObject({}),
      query: noQuery,
      roles: staff,
      execute: ({ principal }) => {
        const m = model()
        const corrections = queryPendingCorrections(m).filter((c) =>
          mine(
            principal,
            c.recordId === null
              ? undefined
              : m.records.get(volunteerRowKey(c.volunteerId, c.recordId)),
          ),
        )
        return Promise.resolve({ body: { corrections }, freshness: freshness() })
      },
    }),
    queryRoute({
      url: '/certificates/:certificateNumber/verify',
      operationId: 'verifyCertificate',
      summary:
        'Verifies a 服务记录证明 by its number: whether it is genuine, with masked fields only',
      tag: 'certificates',
      params: z.strictObject({ certificateNumber: id }),
      query: noQuery,
      roles: [],
      public: true,
      execute: ({ params }) => {
        const certificate = verifyCertificate(model(), params.certificateNumber)
        return Promise.resolve({
          body:
            certificate === undefined
              ? { genuine: false, certificateNumber: params.certificateNumber }
              : { genuine: true, ...certificate },
          freshness: freshness(),
        })
      },
    }),
  ]
}

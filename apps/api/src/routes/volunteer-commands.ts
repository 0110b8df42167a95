import {
  confirmShiftHoursSchema,
  correctServiceRecordSchema,
  deregisterVolunteerSchema,
  issueCertificateSchema,
  recordServiceSchema,
  refuseCorrectionSchema,
  registerVolunteerSchema,
  reinstateVolunteerSchema,
  requestCorrectionSchema,
  suspendVolunteerSchema,
  volunteerStream,
  type Organiser,
  type WenmingDomain,
} from '@wenming/domain'
import type { ApiDependencies, CommandRoute } from '../command-route.js'
import { domainCommandRoute } from '../domain-command-route.js'
import type { Principal, Role } from '../principal.js'
import { managesSite } from '../scope.js'
import { actsFor, isVolunteer, organiserRoles, seesPersonalFields } from '../volunteer-scope.js'

const tag = 'volunteers'
const stream = (data: { volunteerId: string }): string => volunteerStream(data.volunteerId)
const location = (data: { volunteerId: string }): string => `/volunteers/${data.volunteerId}`
const admins: readonly Role[] = ['centre-dispatcher', 'institute-admin', 'station-admin']
const asOrganiser = (principal: Principal, data: { organiser: Organiser }): Promise<boolean> =>
  Promise.resolve(actsFor(principal, data.organiser))

/**
 * Volunteer commands: real-name registration (V1), status, service records and shift hours by the
 * occasion's organiser (V2-V5), corrections (V6) and certificates (V8).
 */
export const volunteerCommandRoutes = (domain: WenmingDomain): CommandRoute[] => {
  const handle = domain.handleVolunteerCommand
  const ownSite = (principal: Principal, data: { volunteerId: string }, deps: ApiDependencies) =>
    seesPersonalFields(deps.store, principal, data.volunteerId)
  return [
    domainCommandRoute({
      url: '/volunteers',
      operationId: 'registerVolunteer',
      summary:
        'Registers a volunteer under their real name, with consent (Art 5; one per ID number, V1)',
      tag,
      schema: registerVolunteerSchema,
      fromParams: [],
      generatedId: 'volunteerId',
      roles: admins,
      authorize: (principal, data) => Promise.resolve(managesSite(principal, data.siteId)),
      handle,
      stream,
      location,
      successStatus: 201,
    }),
    ...(
      [
        ['suspend', 'suspendVolunteer', suspendVolunteerSchema, 'Suspends a volunteer'],
        [
          'reinstate',
          'reinstateVolunteer',
          reinstateVolunteerSchema,
          'Reinstates a suspended volunteer',
        ],
        ['deregister', 'deregisterVolunteer', deregisterVolunteerSchema, 'Deregisters a volunteer'],
      ] as const
    ).map(([path, operationId, schema, summary]) =>
      domainCommandRoute({
        url: `/volunteers/:volunteerId/${path}`,
        operationId,
        summary,
        tag,
        schema,
        fromParams: ['volunteerId'],
        roles: admins,
        authorize: (principal, data, deps) =>
          principal.role === 'volunteer' ? Promise.resolve(false) : ownSite(principal, data, deps),
        handle,
        stream,
        location,
      }),
    ),
    domainCommandRoute({
      url: '/volunteers/:volunteerId/records',
      operationId: 'recordService',
      summary: "Records a volunteer's own hours for an occasion, by its organiser (V2, V4, V5)",
      tag,
      schema: recordServiceSchema,
      fromParams: ['volunteerId'],
      generatedId: 'recordId',
      roles: organiserRoles,
      authorize: asOrganiser,
      handle,
      stream,
      location,
      successStatus: 201,
    }),
    domainCommandRoute({
      url: '/volunteers/:volunteerId/shift-hours',
      operationId: 'confirmShiftHours',
      summary: "Confirms a volunteer's checked-in hours on a shift, by its organiser (V3)",
      tag,
      schema: confirmShiftHoursSchema,
      fromParams: ['volunteerId'],
      generatedId: 'recordId',
      roles: organiserRoles,
      authorize: asOrganiser,
      handle,
      stream,
      location,
      successStatus: 201,
    }),
    domainCommandRoute({
      url: '/volunteers/:volunteerId/corrections',
      operationId: 'requestCorrection',
      summary: 'A volunteer reports an error in a record, or an omission (Art 13, V6)',
      tag,
      schema: requestCorrectionSchema,
      fromParams: ['volunteerId'],
      generatedId: 'correctionId',
      roles: ['volunteer'],
      authorize: (principal, data) => Promise.resolve(isVolunteer(principal, data.volunteerId)),
      handle,
      stream,
      location,
      successStatus: 201,
    }),
    domainCommandRoute({
      url: '/volunteers/:volunteerId/corrections/:correctionId/correct',
      operationId: 'correctServiceRecord',
      summary:
        'The organiser supersedes the record with a new version, or records the omission (V6)',
      tag,
      schema: correctServiceRecordSchema,
      fromParams: ['volunteerId', 'correctionId'],
      roles: organiserRoles,
      authorize: asOrganiser,
      handle,
      stream,
      location,
    }),
    domainCommandRoute({
      url: '/volunteers/:volunteerId/corrections/:correctionId/refuse',
      operationId: 'refuseCorrection',
      summary: 'The organiser refuses a correction, with a reason (V6)',
      tag,
      schema: refuseCorrectionSchema,
      fromParams: ['volunteerId', 'correctionId'],
      roles: organiserRoles,
      authorize: asOrganiser,
      handle,
      stream,
      location,
    }),
    domainCommandRoute({
      url: '/volunteers/:volunteerId/certificates',
      operationId: 'issueCertificate',
      summary: 'Issues a free, numbered 服务记录证明 for a period (Art 14-17, V8)',
      tag,
      schema: issueCertificateSchema,
      fromParams: ['volunteerId'],
      generatedId: 'certificateNumber',
      roles: ['volunteer', ...admins],
      authorize: (principal, data, deps) => ownSite(principal, data, deps),
      handle,
      stream,
      location: (data) => `/certificates/${data.certificateNumber}/verify`,
      successStatus: 201,
    }),
  ]
}

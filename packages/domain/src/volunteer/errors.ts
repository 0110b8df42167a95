import type { Occasion, Organiser } from './occasion.js'
import { refusal, type Refusal } from './refusal.js'

/** Why a volunteer command is refused: each with the field it concerns and a reason in zh and en. */
export type VolunteerError =
  | Refusal<'VolunteerAlreadyRegistered', { volunteerId: string }>
  | Refusal<'VolunteerNotFound', { volunteerId: string }>
  | Refusal<'VolunteerNotActive', { volunteerId: string; status: 'suspended' | 'deregistered' }>
  | Refusal<'VolunteerNotSuspended', { volunteerId: string }>
  | Refusal<'RegistrationSiteUnavailable', { siteId: string }>
  | Refusal<'IdNumberAlreadyRegistered', object>
  | Refusal<'OccasionNotFound', { occasion: Occasion }>
  | Refusal<'NotOccasionOrganiser', { organiser: Organiser }>
  | Refusal<'VolunteerNotOnOccasion', { volunteerId: string }>
  | Refusal<'RecordIdTaken', { recordId: string }>
  | Refusal<'OccasionAlreadyRecorded', { recordId: string }>
  | Refusal<'ServiceRecordsOverlap', { recordId: string }>
  | Refusal<'ServiceEndsBeforeStart', { startsAt: string; endsAt: string }>
  | Refusal<'HoursExceedServiceTime', { hours: number; maxHours: number }>
  | Refusal<'RecordNotFound', { recordId: string }>
  | Refusal<'CorrectionIdTaken', { correctionId: string }>
  | Refusal<'CorrectionNotFound', { correctionId: string }>
  | Refusal<'CorrectionNotPending', { correctionId: string }>
  | Refusal<'OmissionNeedsOccasion', object>
  | Refusal<'CertificateNumberTaken', { certificateNumber: string }>
  | Refusal<'CertificatePeriodInvalid', { from: string; to: string }>
  | Refusal<'NoServiceInPeriod', { from: string; to: string }>
  | Refusal<'ShiftNotFound', { shiftId: string }>
  | Refusal<'NotCheckedIn', { shiftId: string }>
  | Refusal<'NotCheckedOut', { shiftId: string }>

/** Builders of every {@link VolunteerError}, so that each reason is written once. */
export const volunteerRefusals = {
  alreadyRegistered: (volunteerId: string) =>
    refusal(
      'VolunteerAlreadyRegistered',
      'volunteerId',
      '该志愿者已注册',
      'The volunteer is already registered',
      { volunteerId },
    ),
  notFound: (volunteerId: string) =>
    refusal(
      'VolunteerNotFound',
      'volunteerId',
      '志愿者未注册',
      'No volunteer is registered under this id',
      { volunteerId },
    ),
  notActive: (volunteerId: string, status: 'suspended' | 'deregistered') =>
    refusal(
      'VolunteerNotActive',
      'volunteerId',
      status === 'suspended' ? '志愿者已被暂停' : '志愿者已注销',
      `The volunteer is ${status}`,
      { volunteerId, status },
    ),
  notSuspended: (volunteerId: string) =>
    refusal(
      'VolunteerNotSuspended',
      'volunteerId',
      '志愿者未被暂停',
      'The volunteer is not suspended',
      { volunteerId },
    ),
  siteUnavailable: (siteId: string) =>
    refusal(
      'RegistrationSiteUnavailable',
      'siteId',
      '登记站点不存在或已关闭',
      'The registering site does not exist or is closed',
      { siteId },
    ),
  idNumberTaken: () =>
    refusal(
      'IdNumberAlreadyRegistered',
      'profile.idNumber',
      '该证件号码已注册',
      'A volunteer is already registered with this ID number',
      {},
    ),
  occasionNotFound: (occasion: Occasion) =>
    refusal(
      'OccasionNotFound',
      'occasion',
      '服务场次不存在或尚未结束',
      'The occasion does not exist or has not ended',
      { occasion },
    ),
  notOrganiser: (organiser: Organiser) =>
    refusal(
      'NotOccasionOrganiser',
      'organiser',
      '只有该场次的组织方可以记录',
      'Only the organiser of the occasion may record it',
      { organiser },
    ),
  notOnOccasion: (volunteerId: string) =>
    refusal(
      'VolunteerNotOnOccasion',
      'volunteerId',
      '结项报告未列出该志愿者',
      'The completion report does not name this volunteer',
      { volunteerId },
    ),
  recordIdTaken: (recordId: string) =>
    refusal('RecordIdTaken', 'recordId', '记录编号已被使用', 'The record id is already used', {
      recordId,
    }),
  occasionRecorded: (recordId: string) =>
    refusal(
      'OccasionAlreadyRecorded',
      'occasion',
      '该志愿者在此场次已有记录',
      'The volunteer already has a record for this occasion',
      { recordId },
    ),
  overlap: (recordId: string) =>
    refusal(
      'ServiceRecordsOverlap',
      'startsAt',
      '与该志愿者的另一条记录时间重叠',
      "The time overlaps another of the volunteer's records",
      { recordId },
    ),
  endsBeforeStart: (startsAt: string, endsAt: string) =>
    refusal(
      'ServiceEndsBeforeStart',
      'endsAt',
      '结束时间早于开始时间',
      'The service ends before it starts',
      { startsAt, endsAt },
    ),
  hoursExceed: (hours: number, maxHours: number) =>
    refusal(
      'HoursExceedServiceTime',
      'hours',
      '时长超过服务起止时间',
      'The hours exceed the time between start and end',
      { hours, maxHours },
    ),
  recordNotFound: (recordId: string) =>
    refusal('RecordNotFound', 'recordId', '服务记录不存在', 'No such service record', { recordId }),
  correctionIdTaken: (correctionId: string) =>
    refusal(
      'CorrectionIdTaken',
      'correctionId',
      '更正申请编号已被使用',
      'The correction id is already used',
      { correctionId },
    ),
  correctionNotFound: (correctionId: string) =>
    refusal('CorrectionNotFound', 'correctionId', '更正申请不存在', 'No such correction request', {
      correctionId,
    }),
  correctionNotPending: (correctionId: string) =>
    refusal(
      'CorrectionNotPending',
      'correctionId',
      '更正申请已处理',
      'The correction request has been answered',
      { correctionId },
    ),
  omissionNeedsOccasion: () =>
    refusal(
      'OmissionNeedsOccasion',
      'occasion',
      '补录申请须写明服务场次',
      'An omission must name its occasion',
      {},
    ),
  certificateTaken: (certificateNumber: string) =>
    refusal(
      'CertificateNumberTaken',
      'certificateNumber',
      '证明编号已被使用',
      'The certificate number is already used',
      { certificateNumber },
    ),
  periodInvalid: (from: string, to: string) =>
    refusal(
      'CertificatePeriodInvalid',
      'to',
      '证明期间的结束早于开始',
      'The period ends before it starts',
      { from, to },
    ),
  noService: (from: string, to: string) =>
    refusal(
      'NoServiceInPeriod',
      'from',
      '该期间没有服务记录',
      'No service is recorded in the period',
      { from, to },
    ),
  shiftNotFound: (shiftId: string) =>
    refusal('ShiftNotFound', 'shiftId', '班次不存在', 'No such shift', { shiftId }),
  notCheckedIn: (shiftId: string) =>
    refusal(
      'NotCheckedIn',
      'volunteerId',
      '该志愿者未在此班次签到',
      'The volunteer did not check in on this shift',
      { shiftId },
    ),
  notCheckedOut: (shiftId: string) =>
    refusal(
      'NotCheckedOut',
      'volunteerId',
      '该志愿者尚未签退，请先签退或由组织方补签',
      'The volunteer has not checked out; check out or have the organiser close it',
      { shiftId },
    ),
} satisfies Record<string, (...args: never[]) => VolunteerError>

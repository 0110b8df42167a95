import { refusal, type Refusal } from '../volunteer/refusal.js'

/** Why a personal-data command is refused. */
export type PersonalDataError =
  | Refusal<'ErasureNotRequested', { subjectId: string }>
  | Refusal<'ErasureKindMismatch', { subjectId: string; subjectKind: string }>

export const personalDataRefusals = {
  notRequested: (subjectId: string) =>
    refusal(
      'ErasureNotRequested',
      'subjectId',
      '未申请删除该人员的个人信息',
      'No erasure was requested for this person',
      { subjectId },
    ),
  kindMismatch: (subjectId: string, subjectKind: string) =>
    refusal(
      'ErasureKindMismatch',
      'subjectKind',
      '该人员已按另一类别申请删除',
      'An erasure was already requested for this person as another kind',
      { subjectId, subjectKind },
    ),
}

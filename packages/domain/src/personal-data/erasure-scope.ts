import type { ErasureSubjectKind } from './events.js'

/**
 * What an erasure makes unreadable and what it keeps, per kind of person, as the response and the
 * `PersonalDataErased` event state it. Every figure of the work report comes from what is kept.
 */
export const erasureScope: Readonly<
  Record<
    ErasureSubjectKind,
    { readonly erased: readonly string[]; readonly kept: readonly string[] }
  >
> = {
  volunteer: {
    erased: [
      'name',
      'birthDate',
      'idNumber',
      'phone',
      'residenceArea',
      'team display name',
      'name and masked ID number on certificates',
    ],
    kept: [
      'volunteer id (pseudonymous)',
      'gender, skills and service categories',
      'service records: dates, hours, content (anonymised)',
      'star level and certificate numbers',
      'team memberships',
    ],
  },
  resident: {
    erased: ['the person an order was placed for (onBehalfOf)'],
    kept: ['requester id (pseudonymous)', 'orders: site, service, times, status, evaluation'],
  },
}

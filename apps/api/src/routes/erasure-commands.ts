import {
  erasePersonalData,
  personalDataStream,
  requestPersonalDataErasureSchema,
} from '@wenming/domain'
import { canErasePersonalData } from '@wenming/event-store'
import type { CommandRoute } from '../command-route.js'
import { domainCommandRoute } from '../domain-command-route.js'
import type { Principal } from '../principal.js'
import { httpProblem } from '../problem-details.js'

/** Who may ask for an erasure: the centre for anyone, a volunteer or a resident for themselves. */
const mayErase = (
  principal: Principal,
  data: { subjectId: string; subjectKind: 'volunteer' | 'resident' },
): boolean =>
  principal.role === 'centre-dispatcher' ||
  (principal.id === data.subjectId &&
    ((principal.role === 'volunteer' && data.subjectKind === 'volunteer') ||
      (principal.role === 'resident' && data.subjectKind === 'resident')))

/** What the docs say about erasure and who may ask for it. */
export const erasureNote =
  'Erases a person’s personal data (PIPL Art 47, 《志愿服务条例》 Art 20) by deleting their data key: ' +
  'from then on their personal fields read as `[erased]` in every event, read model, export and ' +
  'backup. Allowed to the centre dispatcher for anyone, and to a volunteer or a resident for ' +
  'themselves (`subjectId` their own id). The response’s `PersonalDataErased` event lists what ' +
  'was erased and what is kept (hours and records, under the pseudonymous id); no report figure ' +
  'changes. Sending it again changes nothing.'

/** `POST /erasures`: a person's erasure as one request. */
export const erasureCommandRoutes = (): CommandRoute[] => [
  domainCommandRoute({
    url: '/erasures',
    operationId: 'erasePersonalData',
    summary: 'Erases a person’s personal data (crypto-shredding): what is erased and what is kept',
    description: erasureNote,
    tag: 'personal data',
    schema: requestPersonalDataErasureSchema,
    fromParams: [],
    roles: ['centre-dispatcher', 'volunteer', 'resident'],
    authorize: (principal, data) => Promise.resolve(mayErase(principal, data)),
    handle: (store, command, context) => {
      if (!canErasePersonalData(store)) {
        throw httpProblem(
          501,
          'erasure-unavailable',
          'Erasure unavailable',
          'This server’s store was opened without a personal-data policy',
        )
      }
      return erasePersonalData(
        store,
        (subjectId) => store.erasePersonalData(subjectId),
        command,
        context,
      )
    },
    stream: (data) => personalDataStream(data.subjectId),
    location: (data) => `/erasures/${data.subjectId}`,
  }),
]

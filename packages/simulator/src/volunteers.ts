import { createHmac } from 'node:crypto'
import type { RegisterVolunteer, VolunteerHandlerOptions } from '@wenming/domain'
import type { SimulationContext } from './simulation-context.js'

/** The ID-claim key of simulated districts (a demo store, never a real one). */
export const demoVolunteerIdKey = 'wenming-demo-volunteer-id-key'

/** The volunteer options of a simulated district's domain object: an HMAC under the demo key. */
export const demoVolunteerOptions: VolunteerHandlerOptions = {
  idDigest: ({ idType, idNumber }) =>
    createHmac('sha256', demoVolunteerIdKey)
      .update(`${idType}:${idNumber}`)
      .digest('base64url')
      .slice(0, 32),
}

const surnames = ['李', '王', '张', '刘', '陈', '林', '黄', '吴', '郑', '周']

/** A simulated real-name profile for volunteer `v000123`: unique ID number, made-up fields. */
const profile = (volunteerId: string): RegisterVolunteer['data']['profile'] => {
  const n = Number(volunteerId.replace(/\D/g, '')) || 0
  const year = 1960 + (n % 40)
  return {
    name: `${surnames[n % surnames.length] ?? '李'}志愿者${n}`,
    gender: n % 2 === 0 ? 'female' : 'male',
    birthDate: `${year}-01-01`,
    ...(n < 10_000
      ? {
          idType: 'resident-id' as const,
          idNumber: `350102${year}0101${String(n).padStart(4, '0')}`,
        }
      : { idType: 'passport' as const, idNumber: `P${n}` }),
    residenceArea: '本区',
    phone: `1380${String(n).padStart(7, '0')}`,
    skills: [],
    serviceCategories: [],
  }
}

/**
 * Registers a volunteer under their (simulated) real name before they first join a team (V1); a
 * volunteer of several teams is registered once (the same command id replays).
 */
export const registerSimulatedVolunteer = (
  ctx: SimulationContext,
  volunteerId: string,
  siteId: string,
  at: number,
): Promise<unknown> =>
  ctx.sender.must(
    ctx.domain.handleVolunteerCommand,
    {
      type: 'RegisterVolunteer',
      data: {
        volunteerId,
        siteId,
        profile: profile(volunteerId),
        consent: { given: true, textVersion: 'demo' },
      },
    },
    at,
    { id: 'district-admin', role: 'admin' },
    `volunteer-${volunteerId}`,
  )

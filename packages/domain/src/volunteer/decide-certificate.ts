import type { IssueCertificate } from './commands.js'
import { fail, ok, type VolunteerDecision } from './decide-result.js'
import { volunteerRefusals as refuse } from './errors.js'
import { maskIdNumber } from './mask-personal.js'
import type { VolunteerState } from './state.js'

/** A numbered, free 服务记录证明 of the latest records in a period, with the masked ID (V8). */
export const decideIssueCertificate = (
  { data, metadata }: IssueCertificate,
  state: VolunteerState,
): VolunteerDecision => {
  if (state.status === 'unregistered') return fail(refuse.notFound(data.volunteerId))
  if (data.to < data.from) return fail(refuse.periodInvalid(data.from, data.to))
  if (state.certificates.includes(data.certificateNumber)) {
    return fail(refuse.certificateTaken(data.certificateNumber))
  }
  const records = Object.values(state.records).filter(
    (record) => record.hours > 0 && record.date >= data.from && record.date <= data.to,
  )
  if (records.length === 0) return fail(refuse.noService(data.from, data.to))
  return ok({
    type: 'CertificateIssued',
    data: {
      ...data,
      name: state.name,
      idType: state.idType,
      maskedIdNumber: maskIdNumber(state.idNumber),
      hours: records.reduce((sum, record) => sum + record.hours, 0),
      records: records.length,
      contents: [...new Set(records.map((record) => `${record.title}：${record.content}`))],
      issuedOn: metadata.now.slice(0, 10),
      by: metadata.actor.id,
      at: metadata.now,
    },
  })
}

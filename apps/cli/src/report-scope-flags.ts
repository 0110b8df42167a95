import type { ReportScope } from '@wenming/reports'
import { stringFlag } from './flag-values.js'
import type { Flags } from './program.js'

/**
 * The scope `wenming report` was asked for: `--institute`, `--station` or `--cluster` (commander
 * refuses two of them), else `--district`, else none (every district).
 */
export const reportScopeOf = (flags: Flags): ReportScope | undefined => {
  const institute = stringFlag(flags, 'institute')
  if (institute !== undefined) return { kind: 'institute', siteId: institute }
  const station = stringFlag(flags, 'station')
  if (station !== undefined) return { kind: 'station', siteId: station }
  const cluster = stringFlag(flags, 'cluster')
  if (cluster !== undefined) return { kind: 'cluster', clusterId: cluster }
  const district = stringFlag(flags, 'district')
  return district === undefined ? undefined : { kind: 'district', district }
}

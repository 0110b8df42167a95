import { describe, expect, it } from 'vitest'
import type { ReportScope } from '../scope/report-scope.js'
import { computeVolunteerSection } from './compute-volunteer-section.js'

const at = '2022-01-01T02:00:00.000Z'
const site = (siteId: string, parentId: string | null) => ({
  type: 'SiteRegistered',
  data: { siteId, parentId, level: 'station', name: siteId, kind: '村', at },
})
const registered = (volunteerId: string, siteId: string) => ({
  type: 'VolunteerRegistered',
  data: { volunteerId, siteId, at },
})
const recorded = (
  volunteerId: string,
  recordId: string,
  date: string,
  hours: number,
  organiser: { kind: 'team'; teamId: string } | { kind: 'site'; siteId: string },
) => ({
  type: 'ServiceRecorded',
  data: { volunteerId, recordId, date, hours, late: false, organiser },
})

const events = [
  site('c', null),
  site('i1', 'c'),
  site('s1', 'i1'),
  site('s2', 'i1'),
  site('i2', 'c'),
  site('s3', 'i2'),
  { type: 'TeamRegistered', data: { teamId: 't1', homeSiteId: 's1', at } },
  registered('v1', 's1'),
  registered('v2', 's3'),
  {
    type: 'ClusterFormed',
    data: {
      clusterId: 'k',
      leadSiteId: 's1',
      memberSiteIds: ['s2', 's3'],
      at: '2022-03-01T02:00:00Z',
    },
  },
  { type: 'ClusterSiteLeft', data: { clusterId: 'k', siteId: 's3', at: '2022-06-01T02:00:00Z' } },
  // v1 serves t1 (home s1) in April, and s3 in July, after s3 left the cluster.
  recorded('v1', 'r1', '2022-04-01', 3, { kind: 'team', teamId: 't1' }),
  recorded('v1', 'r2', '2022-07-01', 2, { kind: 'site', siteId: 's3' }),
  // v2 (registered at s3) serves i1 in May, and s3 in May while it was a member.
  recorded('v2', 'r3', '2022-05-01', 4, { kind: 'site', siteId: 'i1' }),
  recorded('v2', 'r4', '2022-05-02', 1, { kind: 'site', siteId: 's3' }),
]

const section = (scope: ReportScope) =>
  computeVolunteerSection(events, { from: '2022-01-01', to: '2022-12-31', scope })
const figures = async (scope: ReportScope) => {
  const s = await section(scope)
  return [s.registeredVolunteers, s.volunteersWithRecords, s.confirmedHours]
}

describe('the volunteers section of a scope', () => {
  it('counts records where their organiser is, registrations where the volunteer registered', async () => {
    expect(await figures({ kind: 'district', district: 'c' })).toEqual([2, 2, 10])
    expect(await figures({ kind: 'institute', siteId: 'i1' })).toEqual([1, 2, 7])
    expect(await figures({ kind: 'station', siteId: 's1' })).toEqual([1, 1, 3])
    expect(await figures({ kind: 'institute', siteId: 'i2' })).toEqual([1, 2, 3])
    expect(await figures({ kind: 'site', siteId: 'i1' })).toEqual([0, 1, 4])
  })

  it('counts for a cluster the records of its member sites on the days they were members', async () => {
    // r1 (s1, April) and r4 (s3, May); not r2 (s3, July) nor r3 (i1). v2's site had left by December.
    expect(await figures({ kind: 'cluster', clusterId: 'k' })).toEqual([1, 2, 4])
  })
})

import { describe, expect, it } from 'vitest'
import { computeVolunteerSection } from './compute-volunteer-section.js'
import { renderVolunteerSectionText } from './render-volunteer-section.js'

const at = '2022-03-01T02:00:00.000Z'
const site = (siteId: string, parentId: string | null) => ({
  type: 'SiteRegistered',
  data: {
    siteId,
    parentId,
    level: 'station',
    name: siteId,
    kind: '村',
    coordinates: { latitude: 0, longitude: 0 },
    at,
  },
})
const registered = (volunteerId: string, siteId: string) => ({
  type: 'VolunteerRegistered',
  data: {
    volunteerId,
    siteId,
    profile: { name: '李梅' },
    consent: { given: true, textVersion: 'v1', at },
    by: 'a',
    at,
  },
})
const recorded = (
  volunteerId: string,
  recordId: string,
  date: string,
  hours: number,
  late = false,
) => ({
  type: 'ServiceRecorded',
  data: {
    volunteerId,
    recordId,
    date,
    hours,
    late,
    occasion: { kind: 'activity', activityId: recordId },
  },
})

const events = [
  site('centre', null),
  site('st-1', 'centre'),
  site('other', null),
  registered('v-1', 'st-1'),
  registered('v-2', 'st-1'),
  registered('v-3', 'st-1'),
  registered('v-9', 'other'),
  recorded('v-1', 'r-1', '2022-03-01', 3),
  recorded('v-1', 'r-2', '2022-04-01', 2, true),
  recorded('v-2', 'r-3', '2022-03-02', 5),
  recorded('v-9', 'r-9', '2022-03-02', 50),
  recorded('v-1', 'r-old', '2021-12-31', 7),
  {
    type: 'CorrectionRequested',
    data: { volunteerId: 'v-2', correctionId: 'c-1', recordId: 'r-3', at },
  },
  {
    type: 'ServiceRecordCorrected',
    data: { volunteerId: 'v-2', recordId: 'r-3', correctionId: 'c-1', hours: 1 },
  },
  { type: 'VolunteerStarAwarded', data: { volunteerId: 'v-1', level: 1 } },
  { type: 'CertificateIssued', data: { volunteerId: 'v-1', issuedOn: '2022-05-01' } },
]

describe('the volunteers section', () => {
  it('counts the latest version of each record once, by period and district', async () => {
    const section = await computeVolunteerSection(events, {
      from: '2022-01-01',
      to: '2022-12-31',
      district: 'centre',
    })
    expect(section).toEqual({
      from: '2022-01-01',
      to: '2022-12-31',
      registeredVolunteers: 3,
      volunteersWithRecords: 2,
      confirmedHours: 6,
      medianHoursPerVolunteer: 3,
      starsByLevel: { '1★': 1 },
      lateRecords: 1,
      corrections: { requested: 1, corrected: 1, refused: 0 },
      certificatesIssued: 1,
    })
    const all = await computeVolunteerSection(events, { from: '2022-03-01', to: '2022-03-31' })
    expect(all).toMatchObject({
      registeredVolunteers: 4,
      confirmedHours: 54,
      lateRecords: 0,
      certificatesIssued: 0,
    })
    expect(renderVolunteerSectionText(section)).toContain('实名注册志愿者 3 人')
  })
})

import { describe, expect, it } from 'vitest'
import { completionBody, serviceRecordBody, totalHours, type CompletionForm } from './completion'

const form: CompletionForm = {
  date: '2026-05-04',
  startsAt: '09:30',
  volunteers: [
    { volunteerId: 'v1', hours: 2 },
    { volunteerId: '', hours: 5 },
    { volunteerId: 'v2', hours: 1.5 },
    { volunteerId: 'v1', hours: 3 },
  ],
  audience: 12,
  place: ' 东门社区 ',
  notes: ' 讲解防诈骗 ',
  personInCharge: '王队长',
}

describe('completion', () => {
  it('totals each named volunteer once', () => {
    expect(totalHours(form.volunteers)).toBe(3.5)
  })

  it('reports the volunteers and their total hours', () => {
    expect(completionBody('t-1', form)).toEqual({
      teamId: 't-1',
      report: { date: '2026-05-04', volunteerIds: ['v1', 'v2'], hours: 3.5, audience: 12, notes: '讲解防诈骗' },
    })
  })

  it('records a volunteer’s own hours from the start of the service', () => {
    const body = serviceRecordBody('o-1', 't-1', form, { volunteerId: 'v2', hours: 1.5 })
    expect(body.occasion).toEqual({ kind: 'order', orderId: 'o-1' })
    expect(body.organiser).toEqual({ kind: 'team', teamId: 't-1' })
    expect(Date.parse(body.endsAt) - Date.parse(body.startsAt)).toBe(1.5 * 3_600_000)
    expect(body.place).toBe('东门社区')
  })
})

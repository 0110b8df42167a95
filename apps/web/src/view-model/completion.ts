/** One volunteer's line of a completion form: who, and their own hours. */
export type VolunteerHours = { volunteerId: string; hours: number }

/** The completion form as the team leader fills it. */
export type CompletionForm = {
  date: string
  /** `HH:mm`, local time of the service's start. */
  startsAt: string
  volunteers: VolunteerHours[]
  audience: number
  place: string
  notes: string
  personInCharge: string
}

/** The volunteers named (each once, the first line of a repeated one kept), with positive hours. */
export const namedVolunteers = (lines: readonly VolunteerHours[]): VolunteerHours[] => {
  const seen = new Set<string>()
  return lines.filter((line) => {
    if (line.volunteerId === '' || seen.has(line.volunteerId)) return false
    seen.add(line.volunteerId)
    return true
  })
}

/** Hours in all: the sum of each volunteer's own, to a tenth. */
export const totalHours = (lines: readonly VolunteerHours[]): number =>
  Math.round(namedVolunteers(lines).reduce((sum, line) => sum + line.hours, 0) * 10) / 10

/** The body of `POST /orders/:id/complete` (结项): the report with the volunteers and their total. */
export const completionBody = (teamId: string, form: CompletionForm) => ({
  teamId,
  report: {
    date: form.date,
    volunteerIds: namedVolunteers(form.volunteers).map((line) => line.volunteerId),
    hours: totalHours(form.volunteers),
    audience: form.audience,
    notes: form.notes.trim(),
  },
})

/** The start instant of the service: the form's day and time in the browser's zone. */
export const serviceStart = (form: Pick<CompletionForm, 'date' | 'startsAt'>): Date =>
  new Date(`${form.date}T${form.startsAt === '' ? '09:00' : form.startsAt}`)

/**
 * The body of `POST /volunteers/:id/records` for one volunteer of a completed order: their own
 * hours from the service's start, organised by the team (V2, V4).
 */
export const serviceRecordBody = (
  orderId: string,
  teamId: string,
  form: CompletionForm,
  line: VolunteerHours,
) => {
  const start = serviceStart(form)
  return {
    occasion: { kind: 'order', orderId },
    organiser: { kind: 'team', teamId },
    personInCharge: form.personInCharge.trim(),
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + line.hours * 3_600_000).toISOString(),
    hours: line.hours,
    place: form.place.trim(),
    content: form.notes.trim(),
  }
}

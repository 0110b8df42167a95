import type { OrderHistoryEntry } from '../api/types'

/** The facts of a history event a dispatcher reads beside its name: reason, team, rating, hours. */
export const historyFacts = (
  entry: OrderHistoryEntry,
  teamName: (id: string) => string,
): string[] => {
  const data = (entry.data ?? {}) as Record<string, unknown>
  const facts: string[] = []
  if (typeof data['teamId'] === 'string') facts.push(teamName(data['teamId']))
  if (typeof data['reason'] === 'string' && data['reason'] !== '') facts.push(data['reason'])
  if (typeof data['rating'] === 'number') facts.push('★'.repeat(data['rating']))
  if (typeof data['comment'] === 'string' && data['comment'] !== '') facts.push(data['comment'])
  const report = data['report'] as { hours?: unknown; audience?: unknown } | undefined
  if (report !== undefined && typeof report.hours === 'number') {
    facts.push(`${report.hours} h`, `${typeof report.audience === 'number' ? report.audience : 0} 人`)
  }
  return facts
}

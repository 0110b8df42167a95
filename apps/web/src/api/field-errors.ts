import type { Problem } from './problem'

/** A problem's sentences placed on a form: one per named field, the rest for the whole form. */
export type FieldErrors = {
  readonly fields: Readonly<Record<string, string>>
  readonly form: string | null
}

export const noFieldErrors: FieldErrors = { fields: {}, form: null }

/** The form field a dotted path belongs to: the path itself, or its longest named prefix. */
const fieldOf = (path: string, fieldNames: readonly string[]): string | undefined => {
  const parts = path.split('.')
  for (let length = parts.length; length > 0; length--) {
    const prefix = parts.slice(0, length).join('.')
    if (fieldNames.includes(prefix)) return prefix
  }
  return undefined
}

const camel = (snake: string): string => snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())

/**
 * The field a refusal names by value: `field` (`ActivityReportInvalid`'s `hours`) or the detail a
 * `problem` is about (`festival_missing` → `festival`, `planned_date_invalid` → `plannedDate`).
 */
const refusedDetail = (refusal: NonNullable<Problem['refusal']>): string | undefined => {
  const { field, problem } = refusal
  if (typeof field === 'string') return field
  if (typeof problem !== 'string') return undefined
  const about = /^(.+?)_(missing|not_applicable|invalid)$/.exec(problem)?.[1]
  return about === undefined ? undefined : camel(about)
}

/**
 * Where a problem's sentences go on a form of `fieldNames`: each validation error beside the field
 * its path names, a refusal beside the first field it names (`siteId` of `OrderSiteUnavailable`),
 * an answer's refusal beside its question (`answers.<code>`),
 * and everything else (not found, forbidden, a stale revision, a refusal of no field) on the form.
 */
export const fieldErrorsOf = (problem: Problem, fieldNames: readonly string[]): FieldErrors => {
  const fields: Record<string, string> = {}
  const unplaced: string[] = []
  for (const error of problem.errors ?? []) {
    const field = fieldOf(error.field, fieldNames)
    if (field === undefined) unplaced.push(`${error.field}: ${error.message}`)
    else fields[field] ??= error.message
  }
  const sentence = problem.detail ?? problem.title
  if (problem.errors !== undefined && problem.errors.length > 0) {
    return { fields, form: unplaced.length === 0 ? null : unplaced.join('；') }
  }
  if (problem.refusal !== undefined) {
    // A refusal of one answer (`RequestAnswersInvalid`) names the question by its code.
    const attribute = problem.refusal['attribute']
    if (typeof attribute === 'string' && fieldNames.includes(`answers.${attribute}`)) {
      return { fields: { [`answers.${attribute}`]: sentence }, form: null }
    }
    const detail = refusedDetail(problem.refusal)
    if (detail !== undefined && fieldNames.includes(detail)) {
      return { fields: { [detail]: sentence }, form: null }
    }
    const named = Object.keys(problem.refusal).find(
      (key) => key !== 'type' && fieldNames.includes(key),
    )
    if (named !== undefined) return { fields: { [named]: sentence }, form: null }
  }
  return { fields, form: sentence }
}

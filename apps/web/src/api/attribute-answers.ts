import type { MenuAttribute, MenuEntry } from './menu-source'
import { fromLocalInput } from '../view-model/local-datetime'

/** What the form holds for one question: text (a number, a datetime-local value, a key) or keys. */
export type RawAnswer = string | readonly string[]

/** An answer as the API takes it: text, a number, or the keys chosen from a list. */
export type AttributeAnswer = string | number | string[]

/** Why a question's answer cannot be sent yet. */
export type LocalAnswerProblem = 'missing' | 'number' | 'datetime'

/** The form field a question's answer sits at (the path the API's errors name). */
export const answerField = (code: string): string => `answers.${code}`

const isBlank = (raw: RawAnswer | undefined): boolean =>
  raw === undefined || (typeof raw === 'string' ? raw.trim() === '' : raw.length === 0)

/** One answer in the type its question asks for, or the problem with it. */
const typed = (
  attribute: MenuAttribute,
  raw: RawAnswer,
): { answer: AttributeAnswer } | { problem: LocalAnswerProblem } => {
  const text = typeof raw === 'string' ? raw.trim() : ''
  switch (attribute.datatype) {
    case 'multivaluelist':
      return { answer: typeof raw === 'string' ? [raw] : [...raw] }
    case 'number': {
      const value = Number(text)
      return Number.isFinite(value) ? { answer: value } : { problem: 'number' }
    }
    case 'datetime': {
      const instant = fromLocalInput(text)
      return instant === null ? { problem: 'datetime' } : { answer: instant }
    }
    case 'string':
    case 'text':
    case 'singlevaluelist':
      return { answer: text }
  }
}

/**
 * The answers of a 点单 to its entry's questions, in the form's order, as the API expects them
 * (numbers as numbers, datetimes as ISO instants, a multiple choice as its keys), blank ones left
 * out; and each question whose answer cannot be sent: a required one unanswered, a bad number or time.
 */
export const answersFor = (
  entry: Pick<MenuEntry, 'attributes'>,
  raw: Readonly<Record<string, RawAnswer>>,
): { answers: Record<string, AttributeAnswer>; problems: Record<string, LocalAnswerProblem> } => {
  const answers: Record<string, AttributeAnswer> = {}
  const problems: Record<string, LocalAnswerProblem> = {}
  for (const attribute of entry.attributes) {
    const value = raw[attribute.code]
    if (value === undefined || isBlank(value)) {
      if (attribute.required) problems[attribute.code] = 'missing'
      continue
    }
    const result = typed(attribute, value)
    if ('answer' in result) answers[attribute.code] = result.answer
    else problems[attribute.code] = result.problem
  }
  return { answers, problems }
}

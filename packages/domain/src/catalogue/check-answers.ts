import { timestampSchema } from '../shared/scalars.js'
import type { CatalogueEntry } from './catalogue-entry.js'
import type { AnswerProblem } from './errors.js'
import type { AttributeAnswer, AttributeAnswers, ServiceAttribute } from './service-attribute.js'

const isBlank = (answer: AttributeAnswer | undefined): boolean =>
  answer === undefined ||
  (typeof answer === 'string' && answer.trim() === '') ||
  (Array.isArray(answer) && answer.length === 0)

const problemWith = (
  attribute: ServiceAttribute,
  answer: AttributeAnswer,
): AnswerProblem | null => {
  const keys = new Set(attribute.values.map((value) => value.key))
  switch (attribute.datatype) {
    case 'string':
    case 'text':
      return typeof answer === 'string' ? null : 'wrong_type'
    case 'number':
      return typeof answer === 'number' && Number.isFinite(answer) ? null : 'wrong_type'
    case 'datetime':
      return typeof answer === 'string' && timestampSchema.safeParse(answer).success
        ? null
        : 'wrong_type'
    case 'singlevaluelist':
      if (typeof answer !== 'string') return 'wrong_type'
      return keys.has(answer) ? null : 'not_a_value'
    case 'multivaluelist':
      if (!Array.isArray(answer)) return 'wrong_type'
      return answer.every((key) => keys.has(key)) ? null : 'not_a_value'
  }
}

/**
 * The first problem with a request's answers to an entry's questions, in the form's order (S1):
 * a required question unanswered, an answer of the wrong type or not among a list's values, or an
 * answer to a question the entry does not ask. `null` when the answers are fine.
 */
export const checkAnswers = (
  entry: CatalogueEntry,
  answers: AttributeAnswers,
): { readonly attribute: string; readonly problem: AnswerProblem } | null => {
  const asked = new Set(entry.attributes.map((attribute) => attribute.code))
  for (const code of Object.keys(answers)) {
    if (!asked.has(code)) return { attribute: code, problem: 'unknown_attribute' }
  }
  const inOrder = [...entry.attributes].sort((a, b) => a.order - b.order)
  for (const attribute of inOrder) {
    const answer = answers[attribute.code]
    if (isBlank(answer)) {
      if (attribute.required) return { attribute: attribute.code, problem: 'missing' }
      continue
    }
    const problem = problemWith(attribute, answer!)
    if (problem !== null) return { attribute: attribute.code, problem }
  }
  return null
}

/** A reason a person can read, in Chinese and in English. */
export type Reason = { readonly zh: string; readonly en: string }

/**
 * A business refusal as data: its type, the command field it concerns (for an HTTP problem), a
 * readable reason and the facts that explain it.
 */
export type Refusal<Type extends string, Facts extends object = object> = {
  readonly type: Type
  readonly field: string
  readonly reason: Reason
} & Readonly<Facts>

/** Builds a {@link Refusal}. */
export const refusal = <Type extends string, Facts extends object>(
  type: Type,
  field: string,
  zh: string,
  en: string,
  facts: Facts,
): Refusal<Type, Facts> => ({ type, field, reason: { zh, en }, ...facts })

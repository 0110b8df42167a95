import type { zh } from './zh'

/** Every string (or sentence function) of {@link zh}, widened: the shape every language fills. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> }

export type Messages = Widen<typeof zh>
export type Locale = 'zh-CN' | 'en'

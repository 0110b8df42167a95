import type { ConfigFlags } from './resolve-config.js'
import type { Flags } from './program.js'

/** A string option commander parsed, or `undefined`. */
export const stringFlag = (flags: Flags, name: string): string | undefined => {
  const value = flags[name]
  return typeof value === 'string' ? value : undefined
}

/** A number option commander parsed (through an integer parser), or `undefined`. */
export const numberFlag = (flags: Flags, name: string): number | undefined => {
  const value = flags[name]
  return typeof value === 'number' ? value : undefined
}

/** The flags as the config resolver takes them: strings and switches only. */
export const configFlags = (flags: Flags): ConfigFlags =>
  Object.fromEntries(
    Object.entries(flags).filter(
      (entry): entry is [string, string | boolean] =>
        typeof entry[1] === 'string' || typeof entry[1] === 'boolean',
    ),
  )

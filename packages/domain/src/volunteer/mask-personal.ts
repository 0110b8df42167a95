import { ERASED } from '@wenming/event-store'

const stars = (n: number): string => '*'.repeat(Math.max(0, n))

/** An erased value stays `[erased]` under every mask. An ID number with all but its first and last four characters starred: `3501**********1234`. */
export const maskIdNumber = (idNumber: string): string =>
  idNumber === ERASED
    ? ERASED
    : idNumber.length <= 8
      ? `${idNumber.slice(0, 1)}${stars(idNumber.length - 1)}`
      : `${idNumber.slice(0, 4)}${stars(idNumber.length - 8)}${idNumber.slice(-4)}`

/** A phone number with its middle starred: `138****5678`. */
export const maskPhone = (phone: string): string =>
  phone === ERASED
    ? ERASED
    : phone.length <= 7
      ? `${phone.slice(0, 1)}${stars(phone.length - 1)}`
      : `${phone.slice(0, 3)}${stars(phone.length - 7)}${phone.slice(-4)}`

/** A birth date with only its year: `1990-**-**`. */
export const maskBirthDate = (birthDate: string): string =>
  birthDate === ERASED ? ERASED : `${birthDate.slice(0, 4)}-**-**`

/** A name with only its first character: `李*`. */
export const maskName = (name: string): string => {
  if (name === ERASED) return ERASED
  const chars = [...name]
  return `${chars[0] ?? ''}${stars(chars.length - 1)}`
}

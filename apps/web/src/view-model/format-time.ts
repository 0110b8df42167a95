import type { Locale } from '../i18n/messages'

/** An instant as the district reads it: Beijing time, `2022-03-05 09:30`. */
export const formatInstant = (iso: string | null, locale: Locale): string => {
  if (iso === null) return '—'
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date)
}

/** A duration as hours and minutes (`3 小时 20 分` / `3 h 20 min`), for ages on the board. */
export const formatDuration = (ms: number, locale: Locale): string => {
  const minutes = Math.max(0, Math.floor(ms / 60_000))
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  const rest = minutes % 60
  if (locale === 'en') {
    return days > 0 ? `${days} d ${hours} h` : hours > 0 ? `${hours} h ${rest} min` : `${rest} min`
  }
  return days > 0 ? `${days} 天 ${hours} 小时` : hours > 0 ? `${hours} 小时 ${rest} 分` : `${rest} 分钟`
}

/** The local wall-clock time of a read (`20:31:05`). */
export const formatClock = (date: Date): string =>
  date.toLocaleTimeString('zh-CN', { hour12: false })

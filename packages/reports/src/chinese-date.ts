/** `2022-03-08` as `2022年3月8日`. */
export const chineseDate = (date: string): string => {
  const [year, month, day] = date.split('-')
  return `${year}年${Number(month)}月${Number(day)}日`
}

import type { VolunteerSection } from './volunteer-section.js'

const hours = (value: number): string => (Math.round(value * 100) / 100).toLocaleString('en-US')

const stars = (section: VolunteerSection): string => {
  const levels = Object.entries(section.starsByLevel).sort(([a], [b]) => a.localeCompare(b))
  return levels.length === 0 ? '无' : levels.map(([level, n]) => `${level} ${n} 人`).join('，')
}

/** The volunteers section in the summary's Chinese voice. */
export const renderVolunteerSectionText = (section: VolunteerSection): string => {
  const { corrections } = section
  const medianText =
    section.medianHoursPerVolunteer === null
      ? '无'
      : `${hours(section.medianHoursPerVolunteer)} 小时`
  return [
    '志愿者与服务记录',
    `实名注册志愿者 ${section.registeredVolunteers.toLocaleString('en-US')} 人，其中有服务记录的 ${section.volunteersWithRecords.toLocaleString('en-US')} 人；` +
      `记录并确认志愿服务时长 ${hours(section.confirmedHours)} 小时，人均时长中位数 ${medianText}。`,
    `星级志愿者：${stars(section)}。`,
    `超过 10 个工作日补记的服务记录 ${section.lateRecords} 条；受理记录更正申请 ${corrections.requested} 件，` +
      `更正 ${corrections.corrected} 件、不予更正 ${corrections.refused} 件；免费出具志愿服务记录证明 ${section.certificatesIssued} 份。`,
    '',
  ].join('\n')
}

/** The volunteers section as a Markdown table. */
export const renderVolunteerSectionMarkdown = (section: VolunteerSection): string =>
  [
    '## Volunteers and service records',
    '',
    '| figure | value |',
    '| --- | ---: |',
    `| registered volunteers | ${section.registeredVolunteers} |`,
    `| volunteers with at least one record | ${section.volunteersWithRecords} |`,
    `| confirmed hours | ${hours(section.confirmedHours)} |`,
    `| median hours per volunteer | ${section.medianHoursPerVolunteer === null ? '-' : hours(section.medianHoursPerVolunteer)} |`,
    `| stars by level | ${stars(section)} |`,
    `| late records | ${section.lateRecords} |`,
    `| corrections requested / corrected / refused | ${section.corrections.requested} / ${section.corrections.corrected} / ${section.corrections.refused} |`,
    `| certificates issued | ${section.certificatesIssued} |`,
    '',
  ].join('\n')

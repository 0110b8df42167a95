import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { renderChineseSummary } from '../render-chinese-summary.js'
import { renderCsv } from '../render-csv.js'
import { renderMarkdown } from '../render-markdown.js'
import { renderXlsx } from '../render-xlsx.js'
import { fixtureReport } from '../test-support/fixture-report.js'

const institute = fixtureReport({
  scope: { kind: 'institute', id: 'shuinan', name: '水南街道新时代文明实践所' },
  teams: { community: { teams: 12, members: 150 }, platform: { teams: 0, members: 0 } },
})
const title = '水南街道新时代文明实践所工作报告（2022-01-01 至 2022-12-31）'

describe('the renderers of a scoped report', () => {
  it('name the institute in the title of Markdown, CSV and XLSX', async () => {
    const md = renderMarkdown(institute)
    expect(md.split('\n')[0]).toBe(`# ${title}`)
    expect(md).toContain('范围：实践所 shuinan')
    expect(renderMarkdown(institute, { language: 'en' })).toContain(
      '# Work report of 水南街道新时代文明实践所 (institute), 2022-01-01 – 2022-12-31',
    )
    expect(renderCsv(institute).slice(1).split('\r\n')[0]).toBe(title)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await renderXlsx(institute)) as unknown as ExcelJS.Buffer)
    expect(workbook.worksheets[0]!.getCell('A1').value).toBe(title)
  })

  it('speak for the institute in the text summary, without the centre’s platform teams', () => {
    const text = renderChineseSummary(institute)
    expect(text.split('\n')[0]).toBe('2022年，水南街道新时代文明实践所工作情况总结如下。')
    expect(text).toContain('组建小区志愿服务队伍12支共150人。')
    expect(text).not.toContain('实践中心入驻')
    expect(text).toContain('本所共开展各类志愿服务活动')
    expect(text).not.toContain('全区')
  })

  it('fall back on the kind and id of a scope without a name', () => {
    const cluster = fixtureReport({ scope: { kind: 'cluster', id: 'k9', name: null } })
    expect(renderMarkdown(cluster).split('\n')[0]).toBe(
      '# 片区 k9工作报告（2022-01-01 至 2022-12-31）',
    )
    expect(renderChineseSummary(cluster)).toContain('本片区共开展各类志愿服务活动')
  })
})

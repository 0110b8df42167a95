import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { renderCsv } from './render-csv.js'
import { renderXlsx } from './render-xlsx.js'
import { fixtureReport } from './test-support/fixture-report.js'

describe('renderCsv', () => {
  const csv = renderCsv(fixtureReport())

  it('starts with a byte-order mark and the district’s title, with Chinese headers', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const lines = csv.slice(1).split('\r\n')
    expect(lines[0]).toBe('延平区新时代文明实践工作报告（2022-01-01 至 2022-12-31）')
    expect(lines[1]).toBe('分类,指标,数值')
    expect(lines).toContain('订单,下发定单,54')
    expect(lines).toContain('订单,受理点单,125')
    expect(lines).toContain('队伍与志愿者,小区志愿服务队伍（支）,197')
    expect(lines).toContain(
      '月份,下发定单,群众点单,受理点单,完成点单,活动场次,我们的节日,交通劝导,受众人次',
    )
    expect(lines).toContain('2022-01,4,11,10,9,380,90,6,20100')
  })

  it('quotes a cell with a comma and speaks English on request', () => {
    const report = fixtureReport({ festivals: { '中秋,团圆': 3 } })
    expect(renderCsv(report)).toContain('我们的节日,"中秋,团圆",3')
    expect(renderCsv(report, { language: 'en' })).toContain('Orders,directive orders issued,54')
  })
})

describe('renderXlsx', () => {
  it('writes a workbook a reader opens, one sheet per section and the monthly table', async () => {
    const workbook = new ExcelJS.Workbook()
    // exceljs types its Buffer against an older @types/node.
    await workbook.xlsx.load((await renderXlsx(fixtureReport())) as unknown as ExcelJS.Buffer)
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '队伍与志愿者',
      '订单',
      '活动',
      '我们的节日',
      '五联共建',
      '按月',
    ])
    const orders = workbook.getWorksheet('订单')
    const rows = new Map<string, unknown>()
    orders?.eachRow((row) => rows.set(row.getCell(1).text, row.getCell(2).value))
    expect(orders?.getCell('A1').value).toBe(
      '延平区新时代文明实践工作报告（2022-01-01 至 2022-12-31）',
    )
    expect(rows.get('下发定单')).toBe(54)
    expect(rows.get('受理点单')).toBe(125)
    expect(rows.get('平均评分')).toBe(4.62)
    const monthly = workbook.getWorksheet('按月')
    expect(monthly?.getRow(2).values).toEqual([
      undefined,
      '月份',
      '下发定单',
      '群众点单',
      '受理点单',
      '完成点单',
      '活动场次',
      '我们的节日',
      '交通劝导',
      '受众人次',
    ])
    expect(monthly?.getRow(3).values).toEqual([
      undefined,
      '2022-01',
      4,
      11,
      10,
      9,
      380,
      90,
      6,
      20100,
    ])
  })
})

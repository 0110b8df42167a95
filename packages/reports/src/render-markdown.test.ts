import { describe, expect, it } from 'vitest'
import { renderJson } from './render-json.js'
import { renderMarkdown } from './render-markdown.js'
import { fixtureReport } from './test-support/fixture-report.js'

describe('renderMarkdown', () => {
  const markdown = renderMarkdown(fixtureReport(), { language: 'en' })

  it('speaks Chinese by default, with the district’s name', () => {
    const zh = renderMarkdown(fixtureReport())
    expect(zh.split('\n')[0]).toBe('# 延平区新时代文明实践工作报告（2022-01-01 至 2022-12-31）')
    expect(zh).toContain('| 下发定单 | 54 |')
    expect(zh).toContain('| 受理点单 | 125 |')
    expect(zh).toContain('| 月份 | 下发定单 | 群众点单 |')
  })

  it('opens with the period and district', () => {
    expect(markdown.split('\n').slice(0, 3)).toEqual([
      '# Work report of 延平区新时代文明实践中心, 2022-01-01 – 2022-12-31',
      '',
      'District: yanping-centre; events up to 2022-12-31.',
    ])
  })

  it('puts each figure in a table row', () => {
    expect(markdown).toContain('| community teams | 197 |')
    expect(markdown).toContain('| directive orders issued | 54 |')
    expect(markdown).toContain('| request orders accepted | 125 |')
    expect(markdown).toContain('| average rating | 4.62 |')
    expect(markdown).toContain('| station activities | 3140 |')
    expect(markdown).toContain('| station square activities | 755 |')
    expect(markdown).toContain('| festival | 430 |')
    expect(markdown).toContain('| 重阳 | 100 |')
    expect(markdown).toContain('| 2022-01 | 4 | 11 | 10 | 9 | 380 | 90 | 6 | 20100 |')
  })

  it('shows a dash for a figure with no data', () => {
    const report = fixtureReport()
    const empty = renderMarkdown(
      { ...report, requestOrders: { ...report.requestOrders, averageRating: null } },
      { language: 'en' },
    )
    expect(empty).toContain('| average rating | — |')
  })
})

describe('renderJson', () => {
  it('round-trips the report', () => {
    const report = fixtureReport()
    expect(JSON.parse(renderJson(report))).toEqual(report)
  })
})

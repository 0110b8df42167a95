import { describe, expect, it } from 'vitest'
import { renderChineseSummary } from './render-chinese-summary.js'
import { fixtureReport } from './test-support/fixture-report.js'

describe('renderChineseSummary', () => {
  const text = renderChineseSummary(fixtureReport(), { districtName: '延平区' })

  it('states the year’s orders in the district report’s own sentence', () => {
    expect(text).toContain('一年来，共下发定单54个，受理点单125个。')
  })

  it('states teams, organisations and volunteers with their figures', () => {
    expect(text).toContain('2022年，延平区新时代文明实践工作情况总结如下。')
    expect(text).toContain('截至2022年12月31日，组建小区志愿服务队伍197支共2676人。')
    expect(text).toContain('实践中心入驻共有9个志愿服务组织，42支志愿服务队伍，共有志愿者806人。')
  })

  it('states request-order details, clusters and activities', () => {
    expect(text).toContain('群众共点单140个，不予受理15个，撤销4个；')
    expect(text).toContain('平均评分4.6分。')
    expect(text).toContain('从点单到派单用时中位数为3.3小时，从派单到接单用时中位数为1.5小时。')
    expect(text).toContain('组建片区4个，涵盖薄弱村、社区14个，片区内抱团派单23次。')
    expect(text).toContain('一年来，各实践所、站共开展各类文明实践志愿服务活动4520场。')
    expect(text).toContain('中心共举办大型广场志愿服务活动12场次，各所、站共举办1055场次。')
    expect(text).toContain(
      '在11个主要交通路口开展文明交通劝导志愿服务，共开展劝导志愿服务活动72次。',
    )
    expect(text).toContain('全区共开展各类志愿服务活动4612场次，累计受众251300人次。')
    expect(text).toContain(
      '各实践所站共开展“我们的节日”430场次，其中中秋80场次、清明70场次、端午90场次、重阳100场次、春节90场次。',
    )
  })

  it('speaks of 本月 for a calendar month and of dates for another range', () => {
    const month = renderChineseSummary(fixtureReport({ from: '2022-03-01', to: '2022-03-31' }))
    expect(month).toContain('2022年3月，延平区新时代文明实践工作情况总结如下。')
    const anyDistrict = renderChineseSummary(fixtureReport({ districtName: null }))
    expect(anyDistrict).toContain('2022年，区新时代文明实践工作情况总结如下。')
    expect(month).toContain('本月，共下发定单54个')
    const range = renderChineseSummary(
      fixtureReport({ from: '2022-03-01', to: '2022-05-15', asOf: '2022-04-30' }),
    )
    expect(range).toContain('2022年3月1日至2022年5月15日期间，共下发定单54个')
    expect(range).toContain('截至2022年4月30日，组建小区志愿服务队伍')
  })

  it('leaves out clauses and sentences about what did not happen', () => {
    const report = fixtureReport()
    const calm = renderChineseSummary({
      ...report,
      requestOrders: { ...report.requestOrders, rejected: 0, cancelled: 0 },
      clusters: { ...report.clusters, pooledDispatches: 0 },
    })
    expect(calm).toContain('群众共点单140个；志愿服务队伍完成点单117个')
    expect(calm).toContain('涵盖薄弱村、社区14个。')

    const quiet = renderChineseSummary(
      fixtureReport({
        clusters: { clusters: 0, memberSites: 0, pooledDispatches: 0, jointActivities: 0 },
        trafficPersuasion: { sessions: 0, intersections: 0 },
      }),
    )
    expect(quiet).not.toContain('五联共建')
    expect(quiet).not.toContain('交通路口')
  })
})

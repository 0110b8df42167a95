import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computeWorkReport } from '../compute-work-report.js'
import { reportPeriod } from '../report-period.js'
import { summedFigures } from '../testing/additive-figures.js'
import { arbitraryDistrictLog } from '../test-support/arbitrary-district-log.js'
import type { ReportScope } from './report-scope.js'

describe('scoped work reports', () => {
  it('add up to their district over a partition of its sites, for any period', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraryDistrictLog(),
        fc.constantFrom('2022', '2022-03', '2022-12'),
        async (events, period) => {
          const report = (scope: ReportScope) =>
            computeWorkReport(events, { ...reportPeriod(period), scope })
          const all = (scopes: ReportScope[]) => Promise.all(scopes.map(report))
          // c -> i1 -> s1 -> p1, i1 -> s2; c2 -> j1 (arbitrary-district-log's network).
          expect(
            summedFigures(
              await all([
                { kind: 'site', siteId: 'c' },
                { kind: 'site', siteId: 'i1' },
                { kind: 'station', siteId: 's1' },
                { kind: 'station', siteId: 's2' },
              ]),
            ),
          ).toEqual(summedFigures([await report({ kind: 'district', district: 'c' })]))
          expect(
            summedFigures(
              await all([
                { kind: 'site', siteId: 'c2' },
                { kind: 'institute', siteId: 'j1' },
              ]),
            ),
          ).toEqual(summedFigures([await report({ kind: 'district', district: 'c2' })]))
        },
      ),
      { numRuns: 60 },
    )
  })
})

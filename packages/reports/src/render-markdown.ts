import type { WorkReport } from './work-report.js'

const table = (header: readonly string[], rows: readonly (readonly (string | number)[])[]) => [
  `| ${header.join(' | ')} |`,
  `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
  ...rows.map((row) => `| ${row.join(' | ')} |`),
]

const orNone = (value: number | null, digits: number): string =>
  value === null ? '—' : value.toFixed(digits)

/** The report as Markdown: a heading, one table per section and the monthly breakdown. */
export const renderMarkdown = (report: WorkReport): string => {
  const r = report.requestOrders
  const a = report.activities
  const lines = [
    `# Work report ${report.from} – ${report.to}`,
    '',
    `District: ${report.district ?? 'all'}; events up to ${report.asOf}.`,
    '',
    '## Teams and volunteers',
    '',
    ...table(
      ['figure', 'value'],
      [
        ['community teams', report.teams.community.teams],
        ['community team members', report.teams.community.members],
        ['platform teams', report.teams.platform.teams],
        ['platform team members', report.teams.platform.members],
        ['organisations', report.organizations],
        ['volunteers', report.volunteers.total],
        ['volunteers in platform teams', report.volunteers.platform],
      ],
    ),
    '',
    '## Orders',
    '',
    ...table(
      ['figure', 'value'],
      [
        ['directive orders issued', report.directiveOrders.issued],
        ['directive orders completed', report.directiveOrders.completed],
        ['directive orders evaluated', report.directiveOrders.evaluated],
        ['request orders placed', r.placed],
        ['request orders accepted', r.accepted],
        ['request orders rejected', r.rejected],
        ['request orders cancelled', r.cancelled],
        ['request dispatches', r.dispatched],
        ['request declines', r.declined],
        ['request orders completed', r.completed],
        ['request orders evaluated', r.evaluated],
        ['average rating', orNone(r.averageRating, 2)],
        ['median hours to dispatch', orNone(r.medianHoursToDispatch, 1)],
        ['median hours to take', orNone(r.medianHoursToTake, 1)],
      ],
    ),
    '',
    '## Activities',
    '',
    ...table(
      ['level', 'activities', 'square'],
      (['center', 'institute', 'station', 'point'] as const).map((level) => [
        level,
        a.byLevel[level],
        a.squareByLevel[level],
      ]),
    ),
    '',
    ...table(
      ['kind', 'activities'],
      Object.entries(a.byKind).map(([kind, count]) => [kind, count]),
    ),
    '',
    `Total ${a.total} activities, ${a.volunteers} volunteer turns, audience ${a.audience}.`,
    `Traffic persuasion: ${report.trafficPersuasion.sessions} sessions at ` +
      `${report.trafficPersuasion.intersections} intersections.`,
    '',
    ...table(
      ['festival', 'activities'],
      Object.entries(report.festivals).map(([f, count]) => [f, count]),
    ),
    '',
    '## Clusters (五联共建)',
    '',
    ...table(
      ['figure', 'value'],
      [
        ['clusters', report.clusters.clusters],
        ['member sites', report.clusters.memberSites],
        ['pooled dispatches', report.clusters.pooledDispatches],
      ],
    ),
    '',
    '## By month',
    '',
    ...table(
      [
        'month',
        'directive',
        'placed',
        'accepted',
        'completed',
        'activities',
        'festival',
        'traffic',
        'audience',
      ],
      report.monthly.map((m) => [
        m.month,
        m.directiveOrdersIssued,
        m.requestOrdersPlaced,
        m.requestOrdersAccepted,
        m.requestOrdersCompleted,
        m.activities,
        m.festivalActivities,
        m.trafficPersuasionSessions,
        m.audience,
      ]),
    ),
  ]
  return `${lines.join('\n')}\n`
}

import { foldEvents } from '@wenming/event-store'
import fc from 'fast-check'
import { activityDecider } from '../activity/activity-decider.js'
import { traditionalFestivals, type ActivityKind } from '../activity/activity-kind.js'
import type {
  ActivityCommand,
  CancelActivity,
  HoldActivity,
  PlanActivity,
} from '../activity/commands.js'
import type { ActivityEvent } from '../activity/events.js'
import type { SetMonthlyTheme } from '../activity/monthly-theme/commands.js'
import { calendarDateArbitrary, commandMetadataArbitrary } from './scalar-arbitraries.js'

/** A calendar month (`YYYY-MM`) between 2020 and 2030. */
export const yearMonthArbitrary = (): fc.Arbitrary<string> =>
  fc
    .record({ year: fc.integer({ min: 2020, max: 2030 }), month: fc.integer({ min: 1, max: 12 }) })
    .map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}`)

/** An id from a small pool, so that generated facts refer to each other. */
const idFrom = (prefix: string, count: number): fc.Arbitrary<string> =>
  fc.integer({ min: 1, max: count }).map((n) => `${prefix}-${n}`)

/** An activity id from a small pool (`act-1` to `act-3`). */
export const activityIdArbitrary = (): fc.Arbitrary<string> => idFrom('act', 3)

/** Kind-specific details that a plan of `kind` must (or may) carry. */
const kindDetails = (kind: ActivityKind) =>
  fc.record(
    {
      festival:
        kind === 'festival'
          ? fc.constantFrom<string>(...traditionalFestivals, '国庆')
          : fc.constant(undefined),
      intersection:
        kind === 'traffic_persuasion'
          ? fc.constantFrom('八一路口', '解放路口', '滨江路口')
          : fc.constant(undefined),
      themeMonth:
        kind === 'themed'
          ? yearMonthArbitrary()
          : fc.option(yearMonthArbitrary(), { nil: undefined }),
    },
    { noNullPrototype: true },
  )

const withoutUndefined = <T extends Record<string, unknown>>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T

/** A valid `PlanActivity` (its details fit its kind), for `activityId` or a generated id. */
export const planActivityArbitrary = (
  activityId: fc.Arbitrary<string> = activityIdArbitrary(),
): fc.Arbitrary<PlanActivity> =>
  fc
    .record({
      activityId,
      title: fc.constantFrom('学雷锋志愿服务', '我们的节日', '文明交通劝导', '义诊义剪'),
      kind: fc.constantFrom<ActivityKind>(
        'square',
        'regular',
        'festival',
        'traffic_persuasion',
        'themed',
      ),
      organizerSiteId: idFrom('site', 4),
      teamIds: fc.uniqueArray(idFrom('team', 5), { maxLength: 3 }),
      plannedDate: calendarDateArbitrary(),
      metadata: commandMetadataArbitrary(),
    })
    .chain(({ metadata, ...data }) =>
      kindDetails(data.kind).map((details): PlanActivity => ({
        type: 'PlanActivity',
        data: withoutUndefined({ ...data, ...details }),
        metadata,
      })),
    )

/** A valid `HoldActivity` report: volunteers >= 1, hours and audience >= 0. */
export const holdActivityArbitrary = (
  activityId: fc.Arbitrary<string> = activityIdArbitrary(),
): fc.Arbitrary<HoldActivity> =>
  fc.record(
    {
      type: fc.constant('HoldActivity' as const),
      data: fc.record(
        {
          activityId,
          date: calendarDateArbitrary(),
          teamIds: fc.uniqueArray(idFrom('team', 5), { maxLength: 3 }),
          volunteers: fc.integer({ min: 1, max: 200 }),
          hours: fc.integer({ min: 0, max: 40 }).map((halfHours) => halfHours / 2),
          audience: fc.integer({ min: 0, max: 5000 }),
          notes: fc.constantFrom('', '反响良好', '雨天改在室内'),
        },
        { noNullPrototype: true },
      ),
      metadata: commandMetadataArbitrary(),
    },
    { noNullPrototype: true },
  )

/** A valid `CancelActivity` with a reason. */
export const cancelActivityArbitrary = (
  activityId: fc.Arbitrary<string> = activityIdArbitrary(),
): fc.Arbitrary<CancelActivity> =>
  fc.record(
    {
      type: fc.constant('CancelActivity' as const),
      data: fc.record(
        { activityId, reason: fc.constantFrom('天气原因', '场地冲突') },
        { noNullPrototype: true },
      ),
      metadata: commandMetadataArbitrary(),
    },
    { noNullPrototype: true },
  )

/** Any well-formed activity command for `activityId` (it may still be refused in a given state). */
export const activityCommandArbitrary = (
  activityId: fc.Arbitrary<string> = activityIdArbitrary(),
): fc.Arbitrary<ActivityCommand> =>
  fc.oneof(
    planActivityArbitrary(activityId),
    holdActivityArbitrary(activityId),
    cancelActivityArbitrary(activityId),
  )

/**
 * Activity commands as a careless client may send them: besides well-formed ones, reports with
 * negative or fractional counts and plans whose details do not fit their kind.
 */
export const unsafeActivityCommandArbitrary = (
  activityId: fc.Arbitrary<string> = activityIdArbitrary(),
): fc.Arbitrary<ActivityCommand> =>
  fc.oneof(
    activityCommandArbitrary(activityId),
    fc
      .tuple(
        holdActivityArbitrary(activityId),
        // One field out of range at a time, so that each rule is reached on its own.
        fc.oneof(
          fc.record({ volunteers: fc.constantFrom(0, -1, 1.5) }),
          fc.record({ hours: fc.constantFrom(-0.5, -1, Number.NaN) }),
          fc.record({ audience: fc.constantFrom(-1, -20, 2.5) }),
        ),
      )
      .map(([command, bad]): ActivityCommand => ({
        ...command,
        data: { ...command.data, ...bad },
      })),
    fc
      .tuple(
        planActivityArbitrary(activityId),
        fc.constantFrom('festival', 'traffic_persuasion', 'themed', 'square'),
      )
      .map(([command, kind]): ActivityCommand => ({
        ...command,
        data: { ...command.data, kind: kind as ActivityKind },
      })),
  )

/**
 * A history the activity decider could have written for one activity: planned, then perhaps
 * held or cancelled (each event produced by the decider itself).
 */
export const activityHistoryArbitrary = (
  activityId: fc.Arbitrary<string> = activityIdArbitrary(),
): fc.Arbitrary<readonly ActivityEvent[]> =>
  activityId.chain((id) =>
    fc
      .tuple(
        planActivityArbitrary(fc.constant(id)),
        fc.option(
          fc.oneof(
            holdActivityArbitrary(fc.constant(id)),
            cancelActivityArbitrary(fc.constant(id)),
          ),
          {
            nil: undefined,
          },
        ),
      )
      .map(([plan, next]) => {
        const events: ActivityEvent[] = []
        for (const command of next === undefined ? [plan] : [plan, next]) {
          const result = activityDecider.decide(command, foldEvents(activityDecider, events))
          if (!result.ok)
            throw new Error(`arbitrary made a refused command: ${JSON.stringify(result.error)}`)
          events.push(...result.events)
        }
        return events
      }),
  )

/** One event of a valid activity history (any of the three types). */
export const activityEventArbitrary = (): fc.Arbitrary<ActivityEvent> =>
  activityHistoryArbitrary().chain((events) => fc.constantFrom(...events))

/** A `SetMonthlyTheme` for `month` (or a generated month). */
export const setMonthlyThemeArbitrary = (
  month: fc.Arbitrary<string> = yearMonthArbitrary(),
): fc.Arbitrary<SetMonthlyTheme> =>
  fc.record(
    {
      type: fc.constant('SetMonthlyTheme' as const),
      data: fc.record(
        {
          month,
          title: fc.constantFrom('学雷锋月', '文明交通月', '敬老月'),
          description: fc.constantFrom('', '以月为单位开展主题活动'),
        },
        { requiredKeys: ['month', 'title'] },
      ),
      metadata: commandMetadataArbitrary(),
    },
    { noNullPrototype: true },
  )

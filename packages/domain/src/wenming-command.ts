import { z } from 'zod'
import { activityCommandSchema } from './activity/commands.js'
import type { ActivityError } from './activity/errors.js'
import { monthlyThemeCommandSchema } from './activity/monthly-theme/commands.js'
import type { MonthlyThemeError } from './activity/monthly-theme/errors.js'
import { catalogueCommandSchema } from './catalogue/commands.js'
import { projectCommandSchema } from './project/commands.js'
import type { ProjectError } from './project/errors.js'
import type { CatalogueError } from './catalogue/errors.js'
import { clusterCommandSchema } from './cluster/commands.js'
import type { DispatchError } from './dispatch/dispatch-error.js'
import type { MembershipError } from './membership/membership-error.js'
import { orderCommandSchema } from './order/commands.js'
import type { DomainResult } from './shared/domain-result.js'
import { shiftCommandSchema } from './shift/commands.js'
import type { ShiftError } from './shift/errors.js'
import { siteCommandSchema } from './site/commands.js'
import type { SiteError } from './site/errors.js'
import { teamCommandSchema } from './team/commands.js'
import type { TeamError } from './team/errors.js'
import { volunteerCommandSchema } from './volunteer/commands.js'
import type { VolunteerError } from './volunteer/errors.js'
import type { WenmingEvent } from './wenming-event.js'

/**
 * Every command a service may send (sites, teams, orders, clusters, activities, monthly themes, the
 * catalogue and its projects, volunteers and their records, shifts), by
 * `type`; the commands only a process sends (reserve or release capacity, claim or release a site)
 * are not among them.
 */
export const wenmingCommandSchema = z.discriminatedUnion('type', [
  ...siteCommandSchema.options,
  ...teamCommandSchema.options,
  ...orderCommandSchema.options,
  ...clusterCommandSchema.options,
  ...activityCommandSchema.options,
  ...monthlyThemeCommandSchema.options,
  ...catalogueCommandSchema.options,
  ...volunteerCommandSchema.options,
  ...shiftCommandSchema.options,
  ...projectCommandSchema.options,
])

export type WenmingCommand = z.infer<typeof wenmingCommandSchema>

/** Every refusal a command can meet, by `type`. */
export type WenmingError =
  | SiteError
  | TeamError
  | DispatchError
  | MembershipError
  | ActivityError
  | MonthlyThemeError
  | CatalogueError
  | VolunteerError
  | ShiftError
  | ProjectError

/** What `handleWenmingCommand` answers: the events recorded on every stream touched, or a refusal. */
export type WenmingCommandResult = DomainResult<WenmingEvent, WenmingError>

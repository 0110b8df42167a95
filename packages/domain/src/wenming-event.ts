import { z } from 'zod'
import { activityEventSchema, activityEventSchemaVersions } from './activity/events.js'
import {
  monthlyThemeEventSchema,
  monthlyThemeEventSchemaVersions,
} from './activity/monthly-theme/events.js'
import { catalogueEventSchema, catalogueEventSchemaVersions } from './catalogue/events.js'
import {
  projectEventSchema,
  projectEventSchemaVersions,
  projectRoundEventSchema,
} from './project/events.js'
import { clusterEventSchema, clusterEventSchemaVersions } from './cluster/events.js'
import { orderEventSchema, orderEventSchemaVersions } from './order/events.js'
import { personalDataEventSchema, personalDataEventSchemaVersions } from './personal-data/events.js'
import { siteEventSchema, siteEventSchemaVersions } from './site/events.js'
import { shiftEventSchema, shiftEventSchemaVersions } from './shift/events.js'
import { teamEventSchema, teamEventSchemaVersions } from './team/events.js'
import { volunteerEventSchema, volunteerEventSchemaVersions } from './volunteer/events.js'
import {
  volunteerIdClaimEventSchema,
  volunteerIdClaimEventSchemaVersions,
} from './volunteer-id-claim/events.js'

/**
 * Every event of the domain (sites, teams, orders, clusters, activities, themes, volunteers, shifts,
 * service catalogues, projects and their competition rounds).
 */
export const wenmingEventSchema = z.discriminatedUnion('type', [
  ...siteEventSchema.options,
  ...teamEventSchema.options,
  ...orderEventSchema.options,
  ...clusterEventSchema.options,
  ...activityEventSchema.options,
  ...monthlyThemeEventSchema.options,
  ...volunteerEventSchema.options,
  ...volunteerIdClaimEventSchema.options,
  ...shiftEventSchema.options,
  ...catalogueEventSchema.options,
  ...personalDataEventSchema.options,
  ...projectEventSchema.options,
  ...projectRoundEventSchema.options,
])

export type WenmingEvent = z.infer<typeof wenmingEventSchema>

/** The schema version of every event type, stored in each event's `metadata.schemaVersion`. */
export const eventSchemaVersions: Readonly<Record<WenmingEvent['type'], number>> = {
  ...siteEventSchemaVersions,
  ...teamEventSchemaVersions,
  ...orderEventSchemaVersions,
  ...clusterEventSchemaVersions,
  ...activityEventSchemaVersions,
  ...monthlyThemeEventSchemaVersions,
  ...volunteerEventSchemaVersions,
  ...volunteerIdClaimEventSchemaVersions,
  ...shiftEventSchemaVersions,
  ...catalogueEventSchemaVersions,
  ...personalDataEventSchemaVersions,
  ...projectEventSchemaVersions,
}

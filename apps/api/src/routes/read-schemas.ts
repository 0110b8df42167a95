import { z } from 'zod'

/** An RFC 9457 problem, as every error of the API answers it. */
export const problemSchema = z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
  })
  .meta({
    id: 'Problem',
    description: 'RFC 9457 problem details (application/problem+json)',
    example: {
      type: 'urn:wenming:problem:not-found',
      title: 'Site not found',
      status: 404,
      detail: 'No site st-9',
      requestId: '1f7c…',
    },
  })

/** The error answers of a read: bad input, no token, outside the role or scope, unknown id. */
export const readErrorResponses = {
  400: problemSchema.describe('The query or path is malformed'),
  401: problemSchema.describe('No or unknown bearer token'),
  403: problemSchema.describe('The role or scope does not allow this read'),
  404: problemSchema.describe('No such resource'),
}

const coordinates = z.object({ latitude: z.number(), longitude: z.number() })

/** A page of a list. */
const page = <T extends z.ZodType>(id: string, item: T, example: unknown) =>
  z
    .object({
      total: z.number().int().describe('How many matched in all'),
      offset: z.number().int(),
      limit: z.number().int(),
      items: z.array(item),
    })
    .meta({ id, example })

export const siteSchema = z
  .looseObject({
    siteId: z.string(),
    parentId: z.string().nullable(),
    level: z.enum(['center', 'institute', 'station', 'point']),
    name: z.string(),
    kind: z.string(),
    coordinates,
    weak: z.boolean(),
    closed: z.boolean(),
    clusterId: z.string().nullable(),
    childCount: z.number().int(),
    teamCount: z.number().int(),
    volunteerCount: z.number().int(),
  })
  .meta({ id: 'Site', description: 'A site of the practice network with its counts' })

const siteExample = {
  siteId: 'i01-s01',
  parentId: 'i01',
  level: 'station',
  name: '东门社区新时代文明实践站',
  kind: '社区',
  coordinates: { latitude: 26.64, longitude: 118.17 },
  weak: false,
  closed: false,
  clusterId: null,
  childCount: 0,
  teamCount: 2,
  volunteerCount: 31,
}

export const sitePageSchema = page('SitePage', siteSchema, {
  total: 120,
  offset: 0,
  limit: 1,
  items: [siteExample],
})

export const teamSchema = z
  .looseObject({
    teamId: z.string(),
    name: z.string(),
    homeSiteId: z.string(),
    organizationId: z.string(),
    platform: z.string(),
    categories: z.array(z.string()),
    capacity: z.number().int(),
    activeOrders: z.number().int(),
    capacityLeft: z.number().int(),
    status: z.enum(['active', 'suspended', 'dissolved']),
    members: z.array(z.object({ volunteerId: z.string(), displayName: z.string() })).optional(),
    averageRating: z.number().nullable(),
    pooledInClusterId: z.string().nullable(),
  })
  .meta({ id: 'Team', description: 'A volunteer team (members left out for residents)' })

export const teamPageSchema = page('TeamPage', teamSchema, {
  total: 239,
  offset: 0,
  limit: 20,
  items: [],
})

export const orderSchema = z
  .looseObject({
    orderId: z.string(),
    kind: z.enum(['request', 'directive']),
    status: z.enum([
      'placed',
      'accepted',
      'rejected',
      'dispatched',
      'taken',
      'completed',
      'evaluated',
      'cancelled',
    ]),
    siteId: z.string().describe('The site it was placed at, or the issuing site'),
    holder: z
      .object({
        level: z.enum(['station', 'institute', 'centre']),
        siteId: z.string().nullable(),
      })
      .nullable()
      .optional()
      .describe(
        'Who holds an accepted request order now (O8): one level and its site (null before acceptance and for a 定单)',
      ),
    requesterId: z.string(),
    teamId: z
      .string()
      .nullable()
      .describe('The team; of a 定单 to several teams, the first task’s'),
    tasks: z
      .array(
        z.object({
          teamId: z.string(),
          status: z.enum(['assigned', 'taken', 'declined', 'completed']),
        }),
      )
      .nullable()
      .optional()
      .describe('A 定单 to several teams: each team’s task as it stands (O7); otherwise null'),
    wantedAt: z.string().nullable(),
    dueDate: z.string().nullable(),
    placedAt: z.string(),
    revision: z.number().int(),
  })
  .meta({ id: 'Order', description: 'An order as it stands, in any status' })

export const orderPageSchema = page('OrderPage', orderSchema, {
  total: 179,
  offset: 0,
  limit: 20,
  items: [],
})

export const orderDetailSchema = z
  .object({
    orderId: z.string(),
    revision: z.number().int().describe('The stream revision, also the ETag (for If-Match)'),
    order: orderSchema,
    events: z.array(
      z.object({ revision: z.number().int(), type: z.string(), at: z.string(), data: z.unknown() }),
    ),
  })
  .meta({ id: 'OrderDetail', description: 'One order as it stands, with its events beside it' })

export const serviceCircleSchema = z
  .looseObject({
    from: coordinates,
    minutes: z.number(),
    radiusMeters: z.number(),
    sites: z.array(
      z.looseObject({ siteId: z.string(), distanceMeters: z.number(), walkingMinutes: z.number() }),
    ),
    teams: z.array(
      z.looseObject({ teamId: z.string(), distanceMeters: z.number(), walkingMinutes: z.number() }),
    ),
  })
  .meta({
    id: 'ServiceCircle',
    description: 'Sites and active teams within N minutes’ walk, nearest first',
    example: {
      from: { latitude: 30.02, longitude: 120.1 },
      minutes: 15,
      radiusMeters: 1125,
      sites: [
        { siteId: 'st-1', name: '站', level: 'station', distanceMeters: 0, walkingMinutes: 0 },
      ],
      teams: [{ teamId: 'team-local', name: '队', distanceMeters: 0, walkingMinutes: 0 }],
    },
  })

const complianceEntry = z.looseObject({
  siteId: z.string(),
  name: z.string(),
  level: z.enum(['institute', 'station']),
  themedActivities: z.number().int(),
})

export const themeComplianceSchema = z
  .object({
    month: z.string(),
    theme: z.looseObject({ month: z.string(), title: z.string() }).nullable(),
    with: z.array(complianceEntry),
    without: z.array(complianceEntry),
  })
  .meta({
    id: 'ThemeCompliance',
    description:
      'The month’s theme and the stations and institutes with and without a themed activity',
    example: {
      month: '2022-03',
      theme: { month: '2022-03', title: '学雷锋月' },
      with: [{ siteId: 'st-1', name: '站', level: 'station', themedActivities: 2 }],
      without: [{ siteId: 'st-2', name: '站', level: 'station', themedActivities: 0 }],
    },
  })

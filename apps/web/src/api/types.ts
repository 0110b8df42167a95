/** The shapes the console reads, as the API's OpenAPI document states them (fields it uses only). */

export type OrderStatus =
  | 'placed'
  | 'accepted'
  | 'rejected'
  | 'dispatched'
  | 'taken'
  | 'completed'
  | 'evaluated'
  | 'cancelled'

export type Page<T> = { total: number; offset: number; limit: number; items: T[] }

export type CompletionReport = {
  date: string
  volunteerIds: string[]
  hours: number
  audience: number
  notes: string
}

/** An order in a list (`/order-list`, `/me/orders`, `/me/tasks`). */
/** The levels that hold an accepted request order, bottom up (O8). */
export type HolderLevel = 'station' | 'institute' | 'centre'

/** Who holds an accepted request order: one level and its site (`null`: the centre of old events). */
export type OrderHolder = { level: HolderLevel; siteId: string | null }

/** `GET /me`: the principal the token acts as. */
export type Me = { id: string; role: string; sites: string[]; teams: string[]; displayName?: string }

export type OrderEntry = {
  orderId: string
  kind: 'request' | 'directive'
  status: OrderStatus
  siteId: string
  /** Who holds an accepted request order now (O8); `null` before acceptance and for a 定单. */
  holder?: OrderHolder | null
  requesterId: string
  onBehalfOf: string | null
  category: string | null
  need: string
  wantedAt: string | null
  dueDate: string | null
  teamId: string | null
  declines: number
  placedAt: string
  dispatchedAt: string | null
  takenAt: string | null
  closedAt: string | null
  closingReason: string | null
  report: CompletionReport | null
  evaluation: { rating: number; comment: string; by: string; byProxy: boolean } | null
  revision: number
}

export type OrderHistoryEntry = { revision: number; type: string; at: string; data: unknown }

/** `GET /orders/:orderId`. */
export type OrderDetail = {
  orderId: string
  revision: number
  order: OrderEntry & { takeDueAt: string | null }
  events: OrderHistoryEntry[]
}

/** A row of the order board (`GET /orders`): open orders with ages and the SLA flag. */
export type BoardEntry = {
  orderId: string
  kind: 'request' | 'directive'
  status: 'placed' | 'accepted' | 'dispatched' | 'taken'
  siteId: string
  category: string | null
  teamId: string | null
  placedAt: string
  dispatchedAt: string | null
  declines: number
  clusterId: string | null
  ageMs: number
  waitingMs: number | null
  overdue: boolean
  /** A 定单 past its due day and not complete. */
  pastDue: boolean
  /** The teams whose task of a 定单 is still open past its due day. */
  overdueTasks: string[]
  /** A 定单 to several teams: each team's task. */
  tasks: { teamId: string; status: 'assigned' | 'taken' | 'declined' | 'completed' }[] | null
}

export type Board = { asOf: string; total: number; orders: BoardEntry[] }

export type Suggestion = {
  teamId: string
  teamName: string
  rank: number
  distanceMeters: number
  walkingMinutes: number
  averageRating?: number
  explanation: string
}

export type Suggestions = {
  orderId: string
  ranked: Suggestion[]
  excluded: { teamId: string; teamName: string; explanation: string }[]
}

export type Site = {
  siteId: string
  parentId: string | null
  level: 'center' | 'institute' | 'station' | 'point'
  name: string
  kind: string
  weak: boolean
  closed: boolean
  clusterId: string | null
}

export type Team = {
  teamId: string
  name: string
  homeSiteId: string
  platform: string
  categories: string[]
  capacity: number
  activeOrders: number
  capacityLeft: number
  status: 'active' | 'suspended' | 'dissolved'
  members?: { volunteerId: string; displayName: string }[]
  averageRating: number | null
}

export type MonthlyFigures = {
  month: string
  directiveOrdersIssued: number
  requestOrdersPlaced: number
  requestOrdersAccepted: number
  requestOrdersCompleted: number
  activities: number
  festivalActivities: number
  trafficPersuasionSessions: number
  audience: number
}

/** `GET /reports/work?format=json`: the figures of a year's or month's work report. */
export type WorkReport = {
  districtName: string | null
  from: string
  to: string
  teams: { community: { teams: number; members: number }; platform: { teams: number; members: number } }
  organizations: number
  volunteers: { total: number; platform: number }
  directiveOrders: { issued: number; completed: number; evaluated: number }
  requestOrders: {
    placed: number
    accepted: number
    rejected: number
    cancelled: number
    dispatched: number
    declined: number
    completed: number
    evaluated: number
    averageRating: number | null
    medianHoursToDispatch: number | null
    medianHoursToTake: number | null
  }
  activities: { total: number; audience: number; volunteers: number }
  trafficPersuasion: { sessions: number; intersections: number }
  festivals: Record<string, number>
  clusters: { clusters: number; memberSites: number; pooledDispatches: number; jointActivities: number }
  monthly: MonthlyFigures[]
}

/** A cluster (五联共建) as `GET /clusters` lists it (the fields the activity form uses). */
export type ClusterEntry = {
  readonly clusterId: string
  readonly name: string
  readonly status: 'active' | 'dissolved'
  readonly leadSiteId: string
  readonly memberSiteIds: readonly string[]
  readonly venues: readonly { readonly venueId: string; readonly siteId: string; readonly name: string }[]
}

import type { CatalogueState } from '../catalogue/state.js'
import type { SiteFacts } from '../site/site-facts.js'
import type { WithFacts } from '../shared/with-facts.js'
import type {
  AcceptOrder,
  DispatchOrder,
  EscalateOrder,
  IssueDirectiveOrder,
  OrderCommand,
  PlaceRequestOrder,
  RedispatchOrder,
} from './commands.js'
import type { Reach } from './events.js'

/** How a team can reach an order's site when it is eligible under O3 (docs/domain-rules.md), or `null` when it is not. */
export type EligibleReach = Exclude<Reach, 'directed'> | null

/**
 * `PlaceRequestOrder` with the order's site (its `districtId` found) and its district's catalogue
 * (`null` when the order names no entry), read from their streams.
 */
export type PlaceRequestOrderWithSite = WithFacts<
  PlaceRequestOrder,
  { readonly site: SiteFacts | null; readonly catalogue: CatalogueState | null }
>

/** What a 定单's decision knows of one named team: its reach and its district (D1). */
export type DirectiveTeamFacts = {
  readonly teamId: string
  readonly reach: EligibleReach
  /** The team's district, or `null` when the team or its district is unknown. */
  readonly districtId: string | null
}

/**
 * `IssueDirectiveOrder` with the issuing site (its `districtId` found) and each named team's reach
 * and district (D1), read from their streams.
 */
export type IssueDirectiveOrderWithFacts = WithFacts<
  IssueDirectiveOrder,
  {
    readonly issuingSite: SiteFacts | null
    readonly teams: readonly DirectiveTeamFacts[]
  }
>

/** `DispatchOrder` with the team's reach, determined from site, cluster and team streams. */
export type DispatchOrderWithReach = WithFacts<DispatchOrder, { readonly reach: EligibleReach }>

/** `RedispatchOrder` with the new team's reach. */
export type RedispatchOrderWithReach = WithFacts<RedispatchOrder, { readonly reach: EligibleReach }>

/**
 * The order's site and its parents up to the centre, bottom up (empty when the order or its site is
 * unknown): where the holder of each level is found (O8).
 */
export type SiteChainFacts = { readonly chain: readonly SiteFacts[] }

/** `AcceptOrder` with the order's site chain: the accepting level's site becomes the holder. */
export type AcceptOrderWithChain = WithFacts<AcceptOrder, SiteChainFacts>

/** `EscalateOrder` with the order's site chain: the next level's site becomes the holder. */
export type EscalateOrderWithChain = WithFacts<EscalateOrder, SiteChainFacts>

/** Every command the order decider decides. */
export type OrderDeciderCommand =
  | PlaceRequestOrderWithSite
  | IssueDirectiveOrderWithFacts
  | AcceptOrderWithChain
  | EscalateOrderWithChain
  | DispatchOrderWithReach
  | RedispatchOrderWithReach
  | Exclude<
      OrderCommand,
      | PlaceRequestOrder
      | IssueDirectiveOrder
      | AcceptOrder
      | EscalateOrder
      | DispatchOrder
      | RedispatchOrder
    >

export {
  registerSiteSchema,
  renameSiteSchema,
  markSiteWeakSchema,
  clearSiteWeakMarkSchema,
  closeSiteSchema,
  claimSiteForClusterSchema,
  releaseSiteFromClusterSchema,
  siteCommandSchema,
  siteClusterCommandSchema,
} from './commands.js'
export type {
  RegisterSite,
  RenameSite,
  MarkSiteWeak,
  ClearSiteWeakMark,
  CloseSite,
  ClaimSiteForCluster,
  ReleaseSiteFromCluster,
  SiteCommand,
  SiteClusterCommand,
} from './commands.js'
export { decideSite } from './decide.js'
export type { RegisterSiteWithParent, SiteDeciderCommand } from './decide.js'
export type { SiteError } from './errors.js'
export {
  coordinatesSchema,
  siteRegisteredSchema,
  siteRenamedSchema,
  siteMarkedWeakSchema,
  siteWeakMarkClearedSchema,
  siteClosedSchema,
  siteClaimedByClusterSchema,
  siteReleasedByClusterSchema,
  siteEventSchema,
  siteEventSchemaVersions,
} from './events.js'
export type {
  Coordinates,
  SiteRegistered,
  SiteRenamed,
  SiteMarkedWeak,
  SiteWeakMarkCleared,
  SiteClosed,
  SiteClaimedByCluster,
  SiteReleasedByCluster,
  SiteEvent,
} from './events.js'
export { evolveSite } from './evolve.js'
export { handleSiteCommand } from './handle-site-command.js'
export { handleSiteDecision } from './handle-site-decision.js'
export { parentLevel } from './parent-level.js'
export { siteDecider } from './site-decider.js'
export { siteFacts } from './site-facts.js'
export type { SiteFacts } from './site-facts.js'
export { initialSiteState } from './state.js'
export type { SiteState } from './state.js'

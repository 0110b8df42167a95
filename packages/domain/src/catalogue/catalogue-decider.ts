import type { Decider } from '@wenming/event-store'
import { decideCatalogue, type CatalogueDeciderCommand } from './decide.js'
import type { CatalogueError } from './errors.js'
import type { CatalogueEvent } from './events.js'
import { evolveCatalogue } from './evolve.js'
import { initialCatalogueState, type CatalogueState } from './state.js'

/** The service catalogue (服务菜单) of one district, on `catalogue-<district>` (S1-S3). */
export const catalogueDecider: Decider<
  CatalogueDeciderCommand,
  CatalogueEvent,
  CatalogueState,
  CatalogueError
> = {
  initialState: initialCatalogueState,
  evolve: evolveCatalogue,
  decide: decideCatalogue,
}

import { projectCommandRoutes } from './project-commands.js'
import type { WenmingDomain } from '@wenming/domain'
import type { CommandRoute } from '../command-route.js'
import { activityCommandRoutes } from './activity-commands.js'
import { catalogueCommandRoutes } from './catalogue-commands.js'
import { clusterCommandRoutes } from './cluster-commands.js'
import { orderCommandRoutes } from './order-commands.js'
import { siteCommandRoutes } from './site-commands.js'
import { teamCommandRoutes } from './team-commands.js'

/** Every command the API accepts, by aggregate, handled by the app's domain object. */
export const wenmingCommandRoutes = (domain: WenmingDomain): CommandRoute[] => [
  ...siteCommandRoutes(domain),
  ...teamCommandRoutes(domain),
  ...orderCommandRoutes(domain),
  ...clusterCommandRoutes(domain),
  ...activityCommandRoutes(domain),
  ...catalogueCommandRoutes(domain),
  ...projectCommandRoutes(domain),
]

import { createWenmingDomain, type WenmingDomain } from '@wenming/domain'
import type { EventStore } from '@wenming/event-store'
import { scheduleActivities } from './activities.js'
import { createAgenda } from './agenda.js'
import { scheduleClusters } from './clusters.js'
import { createCommandSender } from './command-sender.js'
import { deriveSeed } from './derive-seed.js'
import { scheduleDirectiveOrders } from './directive-orders.js'
import { planDistrict } from './district-plan.js'
import { createRandom } from './random.js'
import { scheduleRequestOrders } from './request-orders.js'
import { registerNetwork, scheduleTeams } from './setup-network.js'
import type { SimulationContext } from './simulation-context.js'
import {
  PROFILE_2022,
  scaledProfile,
  type ScaledProfileOptions,
  type SimulationProfile,
} from './simulation-profile.js'

/** Progress of a simulation, reported after each simulated day. */
export type SimulationProgress = {
  /** `YYYY-MM-DD` of the day just simulated. */
  date: string
  /** Commands sent so far. */
  commands: number
}

export type SimulateOptions = {
  year: number
  seed: number
  /** `'2022'` for the district of the 2022 work summary, or options that scale it. */
  profile: '2022' | ScaledProfileOptions | SimulationProfile
  /** Commands in flight at once, each on its own streams (default 64). */
  concurrency?: number
  onProgress?: (progress: SimulationProgress) => void
  /** The domain object to send commands through (default: a new `createWenmingDomain()`). */
  domain?: WenmingDomain
}

/** What a simulation did. */
export type SimulationSummary = {
  profile: SimulationProfile
  commands: number
  sites: number
  teams: number
}

const resolveProfile = (profile: SimulateOptions['profile']): SimulationProfile =>
  profile === '2022' ? PROFILE_2022 : 'orders' in profile ? scaledProfile(profile) : profile

/**
 * Simulates a district's year by sending commands to the real domain handlers (and, through them,
 * the dispatch and cluster-membership processes) against `store`. The same seed and profile give
 * the same figures; the 2022 profile's log states the 2022 work summary's figures.
 *
 * @example
 * await simulateDistrictYear(createInMemoryEventStore(), { year: 2022, seed: 2022, profile: '2022' })
 */
export const simulateDistrictYear = async (
  store: EventStore,
  options: SimulateOptions,
): Promise<SimulationSummary> => {
  const profile = resolveProfile(options.profile)
  const plan = planDistrict(createRandom(deriveSeed(options.seed, 'plan')), profile)
  const ctx: SimulationContext = {
    store,
    year: options.year,
    seed: options.seed,
    profile,
    plan,
    sender: createCommandSender(store, `sim-${options.seed}`),
    domain: options.domain ?? createWenmingDomain(),
    agenda: createAgenda(),
  }
  await registerNetwork(ctx)
  scheduleTeams(ctx)
  scheduleClusters(ctx)
  scheduleRequestOrders(ctx)
  scheduleDirectiveOrders(ctx)
  scheduleActivities(ctx)
  await ctx.agenda.run({
    concurrency: options.concurrency ?? 64,
    onDay: (day) =>
      options.onProgress?.({
        date: new Date(day * 86_400_000).toISOString().slice(0, 10),
        commands: ctx.sender.sent(),
      }),
  })
  return {
    profile,
    commands: ctx.sender.sent(),
    sites: plan.sites.size,
    teams: plan.platformTeams.length + plan.communityTeams.length,
  }
}

import type { WenmingDomain } from '@wenming/domain'
import type { EventStore } from '@wenming/event-store'
import type { Agenda } from './agenda.js'
import type { CommandSender } from './command-sender.js'
import type { DistrictPlan } from './district-plan.js'
import type { SimulationProfile } from './simulation-profile.js'

/** What every part of a simulated year shares. */
export type SimulationContext = {
  readonly store: EventStore
  readonly year: number
  readonly seed: number
  readonly profile: SimulationProfile
  readonly plan: DistrictPlan
  readonly sender: CommandSender
  /** The domain object every command goes through. */
  readonly domain: WenmingDomain
  readonly agenda: Agenda
}

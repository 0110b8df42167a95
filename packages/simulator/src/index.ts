export { simulateDistrictYear } from './simulate-district-year.js'
export type {
  SimulateOptions,
  SimulationProgress,
  SimulationSummary,
} from './simulate-district-year.js'
export { PROFILE_2022, scaledProfile } from './simulation-profile.js'
export type { ScaledProfileOptions, SimulationProfile } from './simulation-profile.js'
export { createRandom } from './random.js'
export type { Random } from './random.js'
export { isSimulationError, SimulationError } from './simulation-error.js'

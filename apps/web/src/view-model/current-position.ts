/** Where the phone is, as the API's `position` takes it. */
export type Position = { latitude: number; longitude: number }

/** Why the phone gave no position. */
export type PositionProblem = 'unsupported' | 'denied' | 'unavailable'

/**
 * The phone's position from the browser's geolocation (a secure context only: https or localhost),
 * or why there is none; a check-in's geofence is judged by the API.
 */
export const currentPosition = (
  geolocation: Geolocation | undefined,
  timeoutMs = 15_000,
): Promise<{ position: Position } | { problem: PositionProblem }> =>
  new Promise((resolve) => {
    if (geolocation === undefined) {
      resolve({ problem: 'unsupported' })
      return
    }
    geolocation.getCurrentPosition(
      (found) => resolve({ position: { latitude: found.coords.latitude, longitude: found.coords.longitude } }),
      (error) => resolve({ problem: error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable' }),
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 0 },
    )
  })

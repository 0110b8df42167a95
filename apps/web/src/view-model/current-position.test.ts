import { describe, expect, it } from 'vitest'
import { currentPosition } from './current-position'

const geolocation = (answer: { coords: { latitude: number; longitude: number } } | { code: number }): Geolocation =>
  ({
    getCurrentPosition: (ok: PositionCallback, fail: PositionErrorCallback) => {
      if ('coords' in answer) ok(answer as GeolocationPosition)
      else fail({ ...answer, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: '' })
    },
  }) as unknown as Geolocation

describe('currentPosition', () => {
  it('answers the phone’s position as the API takes it', async () => {
    expect(await currentPosition(geolocation({ coords: { latitude: 26.1, longitude: 119.3 } }))).toEqual({
      position: { latitude: 26.1, longitude: 119.3 },
    })
  })

  it('says why there is none: no geolocation, refused, or not found', async () => {
    expect(await currentPosition(undefined)).toEqual({ problem: 'unsupported' })
    expect(await currentPosition(geolocation({ code: 1 }))).toEqual({ problem: 'denied' })
    expect(await currentPosition(geolocation({ code: 3 }))).toEqual({ problem: 'unavailable' })
  })
})

/** The walking speed the 15-minute service circle assumes, in km/h (a leisurely adult pace). */
export const defaultWalkingSpeedKmPerHour = 4.5

/** The reach of the service circle (15分钟志愿服务圈), in minutes of walking. */
export const defaultServiceCircleMinutes = 15

/** How far the service circle reaches: at 4.5 km/h, 15 minutes is 1,125 m. */
export type ServiceCircle = {
  readonly walkingSpeedKmPerHour: number
  readonly minutes: number
}

/** The district's default service circle: 15 minutes at 4.5 km/h (1,125 m). */
export const defaultServiceCircle: ServiceCircle = {
  walkingSpeedKmPerHour: defaultWalkingSpeedKmPerHour,
  minutes: defaultServiceCircleMinutes,
}

/** Minutes it takes to walk `meters` at `walkingSpeedKmPerHour`. */
export const walkingMinutes = (meters: number, walkingSpeedKmPerHour: number): number =>
  meters / ((walkingSpeedKmPerHour * 1000) / 60)

/** The radius of a service circle in metres (speed times time). */
export const serviceCircleMeters = (circle: ServiceCircle): number =>
  ((circle.walkingSpeedKmPerHour * 1000) / 60) * circle.minutes

/** The stream of volunteer `id`: `volunteer-<id>`. */
export const volunteerStream = (volunteerId: string): string => `volunteer-${volunteerId}`

/** The stream name of an activity: `activity-<id>`. */
export const activityStream = (activityId: string): string => `activity-${activityId}`

/** The stream of shift `id`: `shift-<id>`. */
export const shiftStream = (shiftId: string): string => `shift-${shiftId}`

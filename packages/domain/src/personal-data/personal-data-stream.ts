/** The stream of a person's erasure requests and erasure, by their id (volunteer or resident). */
export const personalDataStream = (subjectId: string): string => `personal_data-${subjectId}`

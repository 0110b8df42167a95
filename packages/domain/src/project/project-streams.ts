/** The stream of project `id` (S4). */
export const projectStream = (id: string): string => `project-${id}`

/** The stream of competition round `id` (S4). */
export const projectRoundStream = (id: string): string => `competition-round-${id}`

/** The stream of site `id`. */
export const siteStream = (id: string): string => `site-${id}`

/** The stream of team `id`. */
export const teamStream = (id: string): string => `team-${id}`

/** The stream of order `id`. */
export const orderStream = (id: string): string => `order-${id}`

/** The stream of cluster `id`. */
export const clusterStream = (id: string): string => `cluster-${id}`

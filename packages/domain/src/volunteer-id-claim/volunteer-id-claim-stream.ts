/** The claim stream of an ID document, keyed by a keyed hash of its type and number (V1). */
export const volunteerIdClaimStream = (digest: string): string => `volunteer_id-${digest}`

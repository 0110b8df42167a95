/** The optional details an activity plan may carry. */
type OptionalDetails = {
  readonly clusterId?: string | undefined
  readonly venueId?: string | undefined
  readonly festival?: string | undefined
  readonly intersection?: string | undefined
  readonly themeMonth?: string | undefined
}

/** The optional details that are set, without `undefined` keys (events survive a JSON round trip). */
export const optionalDetails = (
  details: OptionalDetails,
): {
  clusterId?: string
  venueId?: string
  festival?: string
  intersection?: string
  themeMonth?: string
} => ({
  ...(details.clusterId === undefined ? {} : { clusterId: details.clusterId }),
  ...(details.venueId === undefined ? {} : { venueId: details.venueId }),
  ...(details.festival === undefined ? {} : { festival: details.festival }),
  ...(details.intersection === undefined ? {} : { intersection: details.intersection }),
  ...(details.themeMonth === undefined ? {} : { themeMonth: details.themeMonth }),
})

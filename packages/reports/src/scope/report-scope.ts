/**
 * Whose figures a report states: a district (the default), an institute or a station with the
 * sites below it, a cluster (五联共建: its member sites, pooled teams and joint activities), or one
 * site's own facts without the sites below it (the centre's own, an institute's own).
 */
export type ReportScope =
  | { readonly kind: 'district'; readonly district?: string }
  | { readonly kind: 'institute'; readonly siteId: string }
  | { readonly kind: 'station'; readonly siteId: string }
  | { readonly kind: 'site'; readonly siteId: string }
  | { readonly kind: 'cluster'; readonly clusterId: string }

/** The kinds of {@link ReportScope}. */
export type ReportScopeKind = ReportScope['kind']

/** The scope a report states, as the report names it. */
export type ReportScopeSummary = {
  readonly kind: ReportScopeKind
  /** The district's centre, the site's or the cluster's id; null for every district in the log. */
  readonly id: string | null
  /** The site's or cluster's registered name (the centre's for a district); null when unknown. */
  readonly name: string | null
}

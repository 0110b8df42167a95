import type { IdType } from './profile.js'
import type { StarPolicy } from './star-policy.js'

/** What the volunteer handler needs from its configuration (never from its own I/O). */
export type VolunteerHandlerOptions = {
  /**
   * A keyed hash (an HMAC with a key from the server's configuration) of an ID document: the key of
   * its claim stream (V1), so the log never holds an ID number in a stream name.
   */
  readonly idDigest: (document: { readonly idType: IdType; readonly idNumber: string }) => string
  /** The district's star ladder (V7); default {@link defaultStarPolicy}. */
  readonly starPolicy?: StarPolicy
}

/**
 * What a domain command handler returns: the events it recorded (on one or several streams) and the
 * revision of the command's own stream (for an ETag), or a typed business refusal.
 */
export type DomainResult<Event, Error> =
  | { readonly ok: true; readonly events: readonly Event[]; readonly nextExpectedRevision: number }
  | { readonly ok: false; readonly error: Error }

/** An event to append: its type, its payload and optional metadata; `id` makes re-appends idempotent. */
export type EventData<Type extends string = string, Data = unknown> = {
  type: Type
  data: Data
  metadata?: Record<string, unknown>
  id?: string
}

/** An event as the store recorded it: with its id, stream, revision, global position and time. */
export type RecordedEvent<Type extends string = string, Data = unknown> = EventData<Type, Data> & {
  id: string
  streamName: string
  /** 0-based position inside its stream. */
  revision: number
  /** Global position, strictly increasing across the store (the first event is at 1). */
  position: number
  recordedAt: Date
}

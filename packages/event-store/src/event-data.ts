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

/**
 * The part of a recorded event most projections read: its type, payload and global position. A
 * projection that declares `leanEvents` is handed only these, so a store may leave the rest of each
 * stored event (stream, revision, id, metadata, time: about half its bytes) undecoded.
 */
export type LeanEvent<Type extends string = string, Data = unknown> = Pick<
  RecordedEvent<Type, Data>,
  'type' | 'data' | 'position'
>

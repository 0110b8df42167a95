// Every public entry point's types, so `tsc` (skipLibCheck: false) checks each published .d.ts
// against nothing but the dependencies its package declares.
import type * as api from '@wenming/api'
import type * as apiTesting from '@wenming/api/testing'
import type * as domain from '@wenming/domain'
import type * as domainTesting from '@wenming/domain/testing'
import type * as kernel from '@wenming/event-store'
import type * as kernelTesting from '@wenming/event-store/testing'
import type * as esdb from '@wenming/event-store-esdb'
import type * as postgres from '@wenming/event-store-postgres'
import type * as postgresTesting from '@wenming/event-store-postgres/testing'
import type * as sqlite from '@wenming/event-store-sqlite'
import type * as projections from '@wenming/projections'
import type * as reports from '@wenming/reports'
import type * as simulator from '@wenming/simulator'

export type PublicSurface = [
  typeof api,
  typeof apiTesting,
  typeof domain,
  typeof domainTesting,
  typeof kernel,
  typeof kernelTesting,
  typeof esdb,
  typeof postgres,
  typeof postgresTesting,
  typeof sqlite,
  typeof projections,
  typeof reports,
  typeof simulator,
]

// The SQLite store once exposed its connection as `any`: no member of a public store type is `any`.
type IsAny<T> = 0 extends 1 & T ? true : false
type HasAnyMember<T> = true extends { [K in keyof T]-?: IsAny<T[K]> }[keyof T] ? true : false
export const storesHaveNoAnyMember: [
  HasAnyMember<sqlite.SqliteEventStore>,
  HasAnyMember<postgres.PostgresEventStore>,
  HasAnyMember<esdb.EventStoreDbEventStore>,
  HasAnyMember<kernel.EventStore>,
] = [false, false, false, false]

// Imports every public entry point, so strict tsc (skipLibCheck false) checks every published .d.ts.
import * as api from '@wenming/api'
import * as apiTesting from '@wenming/api/testing'
import * as cli from '@wenming/cli'
import * as domain from '@wenming/domain'
import * as domainTesting from '@wenming/domain/testing'
import * as kernel from '@wenming/event-store'
import * as kernelTesting from '@wenming/event-store/testing'
import * as esdb from '@wenming/event-store-esdb'
import * as sqlite from '@wenming/event-store-sqlite'
import * as projections from '@wenming/projections'
import * as reports from '@wenming/reports'
import * as simulator from '@wenming/simulator'

const modules = {
  api,
  apiTesting,
  cli,
  domain,
  domainTesting,
  kernel,
  kernelTesting,
  esdb,
  sqlite,
  projections,
  reports,
  simulator,
}
for (const [name, exports] of Object.entries(modules)) {
  if (Object.keys(exports).length === 0) throw new Error(`${name} exports nothing`)
}
console.log(`every-package: ${Object.keys(modules).length} entry points load`)

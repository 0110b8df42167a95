import { createInMemoryEventStore } from '../in-memory-event-store.js'
import { personalDataContract } from '../testing/personal-data-contract.js'
import { createInMemoryDataKeyStore } from './data-key-store.js'
import { createPersonalDataCodec } from './personal-data-codec.js'
import { withPersonalData } from './with-personal-data.js'

personalDataContract('in-memory', {
  create: (personalData) => {
    const plain = createInMemoryEventStore()
    const codec = createPersonalDataCodec({ ...personalData, keys: createInMemoryDataKeyStore() })
    const atRest = async (): Promise<string> => {
      const events: unknown[] = []
      for await (const event of plain.readAll()) events.push(event.data)
      return JSON.stringify(events)
    }
    return Promise.resolve({ store: withPersonalData(plain, codec), atRest })
  },
})

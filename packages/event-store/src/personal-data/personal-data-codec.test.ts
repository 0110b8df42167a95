import { describe, expect, it } from 'vitest'
import { createInMemoryEventStore } from '../in-memory-event-store.js'
import { contractPolicy } from '../testing/personal-data-contract.js'
import { createInMemoryDataKeyStore, type DataKeyStore } from './data-key-store.js'
import { createPersonalDataCodec } from './personal-data-codec.js'
import { canErasePersonalData } from './personal-data-store.js'
import { ERASED } from './personal-data-policy.js'

const registration = (personId: string, name: string) => ({
  type: 'PersonRegistered',
  data: { personId, siteId: 's', profile: { name, phone: '13800001234' } },
})

const countingKeys = (): DataKeyStore & { reads: number } => {
  const keys = createInMemoryDataKeyStore()
  const counted = {
    reads: 0,
    read: (subjects: readonly string[]) => {
      counted.reads++
      return keys.read(subjects)
    },
    readOrCreate: keys.readOrCreate,
    delete: keys.delete,
  }
  return counted
}

describe('the personal-data codec', () => {
  it('passes events without personal fields through as the same objects', () => {
    const codec = createPersonalDataCodec({ policy: contractPolicy, keys: countingKeys() })
    const events = [{ type: 'Noted', data: { text: 'x' } }]
    expect(codec.encode(events)).toBe(events)
    expect(codec.decode(events)).toBe(events)
  })

  it('decodes synchronously when the key store answers synchronously', () => {
    const codec = createPersonalDataCodec({ policy: contractPolicy, keys: countingKeys() })
    const sealed = codec.encode([registration('p1', '李雷')])
    expect(sealed).not.toBeInstanceOf(Promise)
    const opened = codec.decode([...(sealed as { type: string; data: unknown }[])])
    expect(opened).toEqual([registration('p1', '李雷')])
  })

  it('seals a person\u2019s unchanged values once, and afresh after an erasure', async () => {
    const keys = countingKeys()
    const codec = createPersonalDataCodec({ policy: contractPolicy, keys })
    type Sealed = { type: string; data: { profile: { name: string } } }[]
    const nameOf = (events: unknown) => (events as Sealed)[0]!.data.profile.name
    const first = nameOf(codec.encode([registration('p1', '李雷')]))
    expect(nameOf(codec.encode([registration('p1', '李雷')]))).toBe(first)
    expect(nameOf(codec.encode([registration('p1', '李蕾')]))).not.toBe(first)
    expect(nameOf(codec.encode([registration('p2', '李雷')]))).not.toBe(first)
    await codec.forget('p1')
    const again = codec.encode([registration('p1', '李雷')]) as Sealed
    expect(nameOf(again)).not.toBe(first)
    expect(codec.decode([...again])).toEqual([registration('p1', '李雷')])
  })

  it('asks the key store once for a person whose key it has cached, erased or not', () => {
    const keys = countingKeys()
    const writer = createPersonalDataCodec({ policy: contractPolicy, keys })
    const sealed = writer.encode([registration('p1', 'a')]) as { type: string; data: unknown }[]
    const reader = createPersonalDataCodec({ policy: contractPolicy, keys })
    expect(reader.decode(sealed)).not.toBeInstanceOf(Promise)
    expect(reader.decode(sealed)).not.toBeInstanceOf(Promise)
    expect(keys.reads).toBe(1)
  })

  it('does not open a sealed value moved into another person\u2019s event', () => {
    const codec = createPersonalDataCodec({ policy: contractPolicy, keys: countingKeys() })
    const [li, wang] = codec.encode([registration('li', '李雷'), registration('wang', '王芳')]) as {
      type: string
      data: { personId: string; profile: { name: string } }
    }[]
    // Wang's sealed name carries Wang's subject: moved under Li's id it still opens as Wang's,
    // and with its subject forged to Li's it fails the authentication under Li's key.
    const forged = wang!.data.profile.name.replace(':wang:', ':li:')
    const moved = { ...li!, data: { ...li!.data, profile: { ...li!.data.profile, name: forged } } }
    const [opened] = codec.decode([moved]) as { data: { profile: { name: string } } }[]
    expect(opened!.data.profile.name).toBe(ERASED)
  })

  it('reads a tampered sealed value as erased', () => {
    const codec = createPersonalDataCodec({ policy: contractPolicy, keys: countingKeys() })
    const [event] = codec.encode([registration('li', '李雷')]) as {
      type: string
      data: { profile: { name: string; phone: string } }
    }[]
    const name = event!.data.profile.name
    const tampered = `${name.slice(0, -4)}${name.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`
    const [opened] = codec.decode([
      { ...event!, data: { ...event!.data, profile: { ...event!.data.profile, name: tampered } } },
    ]) as { data: { profile: { name: string; phone: string } } }[]
    // Name and phone are sealed together: a tampered seal loses both.
    expect(opened!.data.profile).toEqual({ name: ERASED, phone: ERASED })
  })

  it('reads a personal field written before sealing was switched on as it was written', () => {
    const codec = createPersonalDataCodec({ policy: contractPolicy, keys: countingKeys() })
    expect(codec.decode([registration('li', '李雷')])).toEqual([registration('li', '李雷')])
  })

  it('leaves absent and null personal fields as they are', () => {
    const codec = createPersonalDataCodec({ policy: contractPolicy, keys: countingKeys() })
    const visit = {
      type: 'Visited',
      data: { hostId: 'h', visitorId: 'v', hostName: 'H', visitorName: null },
    }
    const [sealed] = codec.encode([visit]) as unknown as { data: Record<string, unknown> }[]
    expect(sealed!.data.visitorName).toBeNull()
    expect(sealed!.data.hostName).not.toBe('H')
  })
})

describe('the in-memory store opened with a policy', () => {
  it('erases a person', async () => {
    const store = createInMemoryEventStore({ personalData: { policy: contractPolicy } })
    expect(canErasePersonalData(store)).toBe(true)
    expect(canErasePersonalData(createInMemoryEventStore())).toBe(false)
    await store.appendToStream('people', [registration('li', '李雷')])
    if (canErasePersonalData(store)) await store.erasePersonalData('li')
    const names: unknown[] = []
    for await (const event of store.readAll()) {
      names.push((event.data as { profile: { name: string } }).profile.name)
    }
    expect(names).toEqual([ERASED])
  })
})

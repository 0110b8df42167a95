import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { context } from '@opentelemetry/api'
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks'
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
} from '@opentelemetry/sdk-trace-base'
import { createSqliteEventStore, sqliteReadSide } from '@wenming/event-store-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuthConfig } from './auth-config.js'
import { createWenmingApi } from './create-wenming-api.js'

const TOKENS = { dispatcher: 'dispatcher-token-0123456789', station: 'station-token-0123456789' }
const auth: AuthConfig = {
  tokens: [
    {
      token: TOKENS.dispatcher,
      principal: { id: 'u-dispatcher', role: 'centre-dispatcher', sites: [], teams: [] },
    },
    {
      token: TOKENS.station,
      principal: { id: 'u-station', role: 'station-admin', sites: ['st-1'], teams: [] },
    },
  ],
}

const profile = {
  name: '李梅',
  gender: 'female',
  birthDate: '1980-01-01',
  idType: 'resident-id',
  idNumber: '350102198001010001',
  residenceArea: '鼓楼区东街街道',
  phone: '13900000001',
  skills: ['陪伴'],
  serviceCategories: ['health'],
}

const site = (siteId: string, parentId: string | null, level: string) => ({
  siteId,
  parentId,
  level,
  name: `site ${siteId}`,
  kind: level === 'station' ? 'village' : level,
  coordinates: { latitude: 30, longitude: 120.1 },
})

describe('OpenTelemetry spans', () => {
  const exporter = new InMemorySpanExporter()
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] })
  const contextManager = new AsyncLocalStorageContextManager()
  let spans: ReadableSpan[] = []

  beforeAll(async () => {
    // What an SDK does for a real process: a context manager, so store spans nest in commands.
    context.setGlobalContextManager(contextManager.enable())
    const dir = await mkdtemp(join(tmpdir(), 'wenming-traces-'))
    const store = createSqliteEventStore({ path: join(dir, 'events.db'), durability: 'normal' })
    const readSide = sqliteReadSide(store)
    const api = await createWenmingApi({
      store,
      readSide,
      auth,
      recovery: false,
      webConsole: false,
      tracer: provider.getTracer('test'),
      volunteers: { idKey: 'test-volunteer-id-key' },
    })
    try {
      const post = async (as: keyof typeof TOKENS, url: string, payload: object) =>
        (
          await api.app.inject({
            method: 'POST',
            url,
            headers: { authorization: `Bearer ${TOKENS[as]}` },
            payload,
          })
        ).statusCode
      expect(await post('dispatcher', '/sites', site('centre', null, 'center'))).toBe(201)
      expect(await post('dispatcher', '/sites', site('inst-1', 'centre', 'institute'))).toBe(201)
      expect(await post('dispatcher', '/sites', site('st-1', 'inst-1', 'station'))).toBe(201)
      exporter.reset()
      const registration = {
        volunteerId: 'vol-1',
        siteId: 'st-1',
        profile,
        consent: { given: true, textVersion: '2022-01' },
      }
      expect(await post('station', '/volunteers', registration)).toBe(201)
      expect(await post('station', '/volunteers', { ...registration, volunteerId: 'vol-2' })).toBe(
        409,
      )
      spans = exporter.getFinishedSpans()
    } finally {
      await api.close()
      await readSide.close()
      await store.close()
      await rm(dir, { recursive: true, force: true })
    }
  })
  afterAll(async () => {
    context.disable()
    await provider.shutdown()
  })

  const commandSpans = () => spans.filter((span) => span.name === 'command registerVolunteer')

  it('gives each command a span with its type and outcome, and the refusal type', () => {
    expect(commandSpans().map((span) => span.attributes)).toEqual([
      expect.objectContaining({
        'wenming.command': 'registerVolunteer',
        'wenming.outcome': 'accepted',
      }),
      expect.objectContaining({
        'wenming.command': 'registerVolunteer',
        'wenming.outcome': 'refused',
        'wenming.refusal': 'IdNumberAlreadyRegistered',
      }),
    ])
  })

  it('nests a span for each store call in the command that made it', () => {
    const [accepted] = commandSpans()
    const children = spans.filter(
      (span) => span.parentSpanContext?.spanId === accepted?.spanContext().spanId,
    )
    const names = children.map((span) => span.name)
    expect(names).toContain('store.readStream')
    expect(names).toContain('store.appendToStream')
    const append = children.find((span) => span.name === 'store.appendToStream')
    expect(append?.attributes['wenming.stream']).toMatch(/^volunteer/)
    expect(append?.attributes['wenming.event_count']).toBeGreaterThan(0)
  })

  it('never carries a personal field or a token', () => {
    const recorded = JSON.stringify(spans.map((span) => [span.name, span.attributes, span.events]))
    for (const secret of [
      profile.name,
      profile.idNumber,
      profile.phone,
      profile.birthDate,
      profile.residenceArea,
      TOKENS.station,
      TOKENS.dispatcher,
    ]) {
      expect(recorded).not.toContain(secret)
    }
  })
})

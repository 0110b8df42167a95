import { readFile } from 'node:fs/promises'
import { createWenmingDomain } from '@wenming/domain'
import { describe, expect, it } from 'vitest'
import { ruleDescription } from './domain-command-route.js'
import { wenmingCommandRoutes } from './routes/wenming-command-routes.js'

const rulesDoc = new URL('../../../docs/domain-rules.md', import.meta.url)

describe('rule codes in the OpenAPI summaries', () => {
  it('describe where each cited rule is written', () => {
    expect(ruleDescription('Suspends a team: it receives no dispatch (T2)')).toBe(
      'Domain rules: T2 (docs/domain-rules.md#t2) in the Wenming repository.',
    )
    expect(ruleDescription('Accepts a request order')).toBeUndefined()
  })

  it('point only at rules the repository’s rules document defines', async () => {
    const doc = await readFile(rulesDoc, 'utf8')
    const routes = wenmingCommandRoutes(createWenmingDomain())
    const cited = routes.flatMap((route) => [...route.summary.matchAll(/\b([OTCDSV][1-9])\b/g)])
    expect(cited.length).toBeGreaterThan(0)
    for (const [, code = ''] of cited)
      expect(doc).toContain(`<a id="${code.toLowerCase()}"></a>${code}`)
    expect(routes.filter((r) => r.description !== undefined).length).toBe(
      new Set(routes.filter((r) => /\b[OTCDSV][1-9]\b/.test(r.summary)).map((r) => r.url)).size,
    )
  })
})

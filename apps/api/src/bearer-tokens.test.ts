import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadAuthConfig } from './auth-config.js'
import { createAuthenticator } from './authenticate.js'
import { issueToken } from './issue-token.js'

const principal = { id: 'u-1', role: 'centre-dispatcher' as const, sites: [], teams: [] }
const now = new Date('2022-03-01T08:00:00.000Z')

describe('bearer tokens in the tokens file', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wenming-tokens-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('stores a new token hashed, with its expiry, and authenticates it until then', async () => {
    const path = join(dir, 'tokens.json')
    const { token, expiresAt } = await issueToken(path, principal, { now, days: 30 })
    expect(expiresAt).toBe('2022-03-31T08:00:00.000Z')
    const text = await readFile(path, 'utf8')
    expect(text).not.toContain(token)
    expect(text).toContain('tokenSha256')
    let clock = now
    const authenticate = createAuthenticator(await loadAuthConfig(path), () => clock)
    expect(authenticate(`Bearer ${token}`)).toMatchObject({ id: 'u-1' })
    clock = new Date('2022-03-31T08:00:00.001Z')
    expect(() => authenticate(`Bearer ${token}`)).toThrow(/expired/)
  })

  it('adds a token to a file that has some, keeping them', async () => {
    const path = join(dir, 'two.json')
    const first = await issueToken(path, principal, { now, days: 1 })
    const second = await issueToken(path, { ...principal, id: 'u-2' }, { now, days: 1 })
    const authenticate = createAuthenticator(await loadAuthConfig(path), () => now)
    expect(authenticate(`Bearer ${first.token}`).id).toBe('u-1')
    expect(authenticate(`Bearer ${second.token}`).id).toBe('u-2')
  })

  it('still reads a plain token, and refuses an expired one', async () => {
    const path = join(dir, 'plain.json')
    await writeFile(
      path,
      JSON.stringify({
        tokens: [
          { token: 'plain-token-0123456789', principal },
          {
            token: 'old-token-0123456789',
            principal,
            expiresAt: '2022-01-01T00:00:00.000Z',
          },
        ],
      }),
    )
    const authenticate = createAuthenticator(await loadAuthConfig(path), () => now)
    expect(authenticate('Bearer plain-token-0123456789').id).toBe('u-1')
    expect(() => authenticate('Bearer old-token-0123456789')).toThrow(/expired/)
  })
})

import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createAuthenticator, loadAuthConfig } from '@wenming/api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runToken } from './token.js'

describe('wenming token', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wenming-token-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('adds a hashed token with an expiry and prints the token once', async () => {
    const path = join(dir, 'tokens.json')
    let out = ''
    const io = { out: (text: string) => (out += text), err: () => undefined }
    const options = {
      tokens: path,
      id: 'u-9',
      role: 'team-leader',
      sites: undefined,
      teams: 't-1,t-2',
      days: 7,
    }
    expect(await runToken(options, io)).toBe(0)
    const token = out.trim()
    expect(await readFile(path, 'utf8')).not.toContain(token)
    const principal = createAuthenticator(await loadAuthConfig(path))(`Bearer ${token}`)
    expect(principal).toMatchObject({ id: 'u-9', role: 'team-leader', teams: ['t-1', 't-2'] })
  })

  it('refuses an unknown role', async () => {
    const io = { out: () => undefined, err: () => undefined }
    const options = {
      tokens: join(dir, 'x.json'),
      id: 'u',
      role: 'king',
      sites: undefined,
      teams: undefined,
      days: undefined,
    }
    await expect(runToken(options, io)).rejects.toThrow(/role/)
  })
})

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import Fastify, { type FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { registerWebConsole } from './web-console.js'

const script = `console.log(${JSON.stringify('文明实践'.repeat(200))})`

describe('registerWebConsole', () => {
  let dir: string
  let app: FastifyInstance

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wenming-web-'))
    mkdirSync(join(dir, 'assets'))
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>文明实践</title>')
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), script)
    writeFileSync(join(dir, 'assets', 'index-abc123.js.map'), '{}')
    app = Fastify()
    app.get('/', () => ({ name: 'Wenming' }))
    app.get('/orders', () => ({ orders: [] }))
    expect(registerWebConsole(app, { dir })).toBe(true)
    await app.ready()
  })
  afterAll(async () => {
    await app.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('answers the console page to a browser at /', async () => {
    const response = await app.inject({ url: '/', headers: { accept: 'text/html,*/*' } })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(response.body).toContain('<title>文明实践</title>')
  })

  it('keeps the JSON service root for API clients', async () => {
    const response = await app.inject({ url: '/', headers: { accept: 'application/json' } })
    expect(response.json()).toEqual({ name: 'Wenming' })
  })

  it('serves hashed assets gzipped and immutable, and no source maps', async () => {
    const response = await app.inject({
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'gzip, br' },
    })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-encoding']).toBe('gzip')
    expect(response.headers['cache-control']).toContain('immutable')
    expect(gunzipSync(response.rawPayload).toString()).toBe(script)
    const map = await app.inject({ url: '/assets/index-abc123.js.map' })
    expect(map.statusCode).toBe(404)
  })

  it('leaves the API routes alone', async () => {
    const response = await app.inject({ url: '/orders', headers: { accept: 'text/html' } })
    expect(response.json()).toEqual({ orders: [] })
  })

  it('does nothing without a build', () => {
    const bare = Fastify()
    expect(registerWebConsole(bare, { dir: join(dir, 'absent') })).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { endpointOf } from './esdb-endpoint.js'

describe('endpointOf', () => {
  it('names the host and port of a single-node connection string', () => {
    expect(endpointOf('esdb://localhost:2113?tls=false')).toBe('localhost:2113')
  })

  it('leaves the credentials out', () => {
    expect(endpointOf('esdb://admin:changeit@db.example:2113')).toBe('db.example:2113')
  })

  it('lists every host of a cluster or discovery string', () => {
    expect(endpointOf('esdb+discover://a:2113,b:2113/?nodePreference=leader')).toBe('a:2113,b:2113')
  })
})

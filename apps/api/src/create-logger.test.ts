import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { createLogger } from './create-logger.js'

describe('the API logger', () => {
  it('masks ID numbers, phones and birth dates wherever a line carries them', () => {
    const lines: string[] = []
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString())
        done()
      },
    })
    const logger = createLogger('info', sink)
    logger.info(
      {
        body: {
          profile: {
            idNumber: '350102198001010001',
            phone: '13900000001',
            birthDate: '1980-01-01',
          },
        },
      },
      'registered',
    )
    logger.flush()
    const line = lines.join('')
    expect(line).toContain('3501**********0001')
    expect(line).toContain('139****0001')
    expect(line).toContain('1980-**-**')
    expect(line).not.toContain('350102198001010001')
  })
})

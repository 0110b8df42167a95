import { describe, expect, it } from 'vitest'
import { refusalLanguage, refusalSentence } from './refusal-sentences.js'

describe('refusal sentences', () => {
  it('says a refusal as a Chinese sentence with its fields, statuses in Chinese', () => {
    expect(
      refusalSentence({ type: 'OrderNotAccepted', orderId: 'o-1', status: 'taken' } as never, 'zh'),
    ).toBe('订单o-1当前状态为已接单，只有已受理的订单可以派单。')
  })

  it('speaks English on request and names an unknown refusal by its type', () => {
    const refusal = { type: 'TeamAtCapacity', teamId: 't-1', capacity: 3, activeOrders: 3 }
    expect(refusalSentence(refusal, 'en')).toBe(
      'Team t-1 is at capacity (3 active orders at most).',
    )
    expect(refusalSentence({ type: 'SomethingNew' }, 'zh')).toBe('操作被拒绝（SomethingNew）。')
  })

  it('takes English from an Accept-Language that prefers it, else Chinese', () => {
    expect(refusalLanguage('en-US,en;q=0.9')).toBe('en')
    expect(refusalLanguage('zh-CN,en;q=0.5')).toBe('zh')
    expect(refusalLanguage(undefined)).toBe('zh')
  })
})

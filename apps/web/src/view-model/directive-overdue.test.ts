import { describe, expect, it } from 'vitest'
import { directiveOverdue } from './directive-overdue'

describe('directiveOverdue', () => {
  it('marks an open directive order past its due date', () => {
    expect(directiveOverdue({ status: 'dispatched', dueDate: '2026-11-30' }, '2026-12-03')).toBe(true)
    expect(directiveOverdue({ status: 'taken', dueDate: '2026-12-03' }, '2026-12-03')).toBe(false)
    expect(directiveOverdue({ status: 'completed', dueDate: '2026-11-30' }, '2026-12-03')).toBe(false)
    expect(directiveOverdue({ status: 'dispatched', dueDate: null }, '2026-12-03')).toBe(false)
  })
})

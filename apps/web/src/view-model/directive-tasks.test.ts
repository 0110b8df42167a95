import { describe, expect, it } from 'vitest'
import { directiveTasks } from './directive-tasks'

describe('directiveTasks', () => {
  it('lists each team’s task of an open 定单 with its due date, the late ones marked', () => {
    const rows = directiveTasks(
      { orderId: 'd-1', teamId: null, dueDate: '2026-03-04' },
      {
        orderId: 'd-1',
        tasks: [
          { teamId: 't-1', status: 'completed' },
          { teamId: 't-2', status: 'taken' },
          { teamId: 't-3', status: 'assigned' },
        ],
        overdueTasks: ['t-2', 't-3'],
      },
    )
    expect(rows).toEqual([
      { teamId: 't-1', status: 'completed', dueDate: '2026-03-04', overdue: false },
      { teamId: 't-2', status: 'taken', dueDate: '2026-03-04', overdue: true },
      { teamId: 't-3', status: 'assigned', dueDate: '2026-03-04', overdue: true },
    ])
  })

  it('shows a 定单 of one team, or one off the board, as its team alone', () => {
    expect(directiveTasks({ orderId: 'd-2', teamId: 't-9', dueDate: '2026-03-01' }, undefined)).toEqual([
      { teamId: 't-9', status: null, dueDate: '2026-03-01', overdue: false },
    ])
    expect(directiveTasks({ orderId: 'd-3', teamId: null, dueDate: null }, undefined)).toEqual([])
  })
})

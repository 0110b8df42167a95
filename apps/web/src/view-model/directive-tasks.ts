import type { OrderEntry } from '../api/types'

export type DirectiveTaskStatus = 'assigned' | 'taken' | 'declined' | 'completed'

/** What the order board tells of an open 定单: its tasks (one per team named) and the late ones. */
export type DirectiveOnBoard = {
  readonly orderId: string
  readonly tasks: readonly { readonly teamId: string; readonly status: DirectiveTaskStatus }[] | null
  readonly overdueTasks: readonly string[]
}

/** One team's task of a 定单 as the dispatcher follows it. */
export type DirectiveTaskRow = {
  readonly teamId: string
  readonly status: DirectiveTaskStatus | null
  readonly dueDate: string | null
  /** Open (assigned or taken) past its due day. */
  readonly overdue: boolean
}

/**
 * The tasks of a 定单: each team's task as the board shows it while the order is open (late ones
 * marked as the board marks them); an order of one team (no tasks) is that team's one task; a
 * closed order is no longer on the board and shows its team alone, with no task status.
 */
export const directiveTasks = (
  order: Pick<OrderEntry, 'orderId' | 'teamId' | 'dueDate'>,
  onBoard: DirectiveOnBoard | undefined,
): DirectiveTaskRow[] => {
  if (onBoard?.tasks != null) {
    return onBoard.tasks.map((task) => ({
      teamId: task.teamId,
      status: task.status,
      dueDate: order.dueDate,
      overdue: onBoard.overdueTasks.includes(task.teamId),
    }))
  }
  if (order.teamId === null) return []
  return [{ teamId: order.teamId, status: null, dueDate: order.dueDate, overdue: false }]
}

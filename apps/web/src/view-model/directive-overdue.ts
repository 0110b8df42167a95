import type { OrderEntry } from '../api/types'

/** Whether a directive order is past its due date and not yet done (O7: overdue tasks show). */
export const directiveOverdue = (order: Pick<OrderEntry, 'status' | 'dueDate'>, today: string): boolean =>
  order.dueDate !== null &&
  order.dueDate < today &&
  order.status !== 'completed' &&
  order.status !== 'evaluated' &&
  order.status !== 'cancelled'

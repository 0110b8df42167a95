import type { OrderStatus } from '../api/types'

/** Element Plus tag type per status: what needs someone's hand stands out. */
export const statusTagType = (status: OrderStatus): 'primary' | 'success' | 'warning' | 'danger' | 'info' => {
  switch (status) {
    case 'placed':
      return 'warning'
    case 'accepted':
    case 'dispatched':
    case 'taken':
      return 'primary'
    case 'completed':
    case 'evaluated':
      return 'success'
    case 'rejected':
      return 'danger'
    case 'cancelled':
      return 'info'
  }
}

/** Whether the requester may rate the order now (O4: once, after completion). */
export const canRate = (order: { status: OrderStatus; evaluation: unknown }): boolean =>
  order.status === 'completed' && order.evaluation === null

/** The reason a resident reads beside a status: why it was rejected or cancelled. */
export const statusReason = (order: { status: OrderStatus; closingReason: string | null }): string | null =>
  (order.status === 'rejected' || order.status === 'cancelled') && order.closingReason !== null && order.closingReason !== ''
    ? order.closingReason
    : null

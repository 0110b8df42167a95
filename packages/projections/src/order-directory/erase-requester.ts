import { ERASED, type ReadModel, type RowChange } from '@wenming/event-store'
import type { PersonalDataErased } from '@wenming/domain'
import type { OrderDirectoryRows } from './order-directory-rows.js'

const erased = (data: unknown): unknown =>
  typeof data === 'object' &&
  data !== null &&
  typeof (data as { onBehalfOf?: unknown }).onBehalfOf === 'string'
    ? { ...data, onBehalfOf: ERASED }
    : data

/**
 * The person an erased resident's orders were placed for, dropped at once from each order and its
 * history: what a rebuild shows from then on.
 */
export const eraseRequester = (
  model: ReadModel<OrderDirectoryRows>,
  { data }: PersonalDataErased,
): RowChange<OrderDirectoryRows>[] => {
  if (data.subjectKind !== 'resident') return []
  const changes: RowChange<OrderDirectoryRows>[] = []
  for (const order of model.orders.values()) {
    if (order.requesterId !== data.subjectId || order.onBehalfOf === null) continue
    changes.push({
      table: 'orders',
      key: order.orderId,
      row: {
        ...order,
        onBehalfOf: ERASED,
        history: order.history.map((entry) => ({ ...entry, data: erased(entry.data) })),
      },
    })
  }
  return changes
}

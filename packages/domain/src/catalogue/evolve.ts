import { unknownEvent } from '../shared/unknown-event.js'
import type { CatalogueEvent } from './events.js'
import type { CatalogueState } from './state.js'

/** Applies one catalogue event to the state. */
export const evolveCatalogue = (state: CatalogueState, event: CatalogueEvent): CatalogueState => {
  switch (event.type) {
    case 'CatalogueEntryPublished': {
      const { entry, source, districtId } = event.data
      return {
        districtId,
        items: {
          ...state.items,
          [entry.code]: { entry, status: 'active', ...(source === undefined ? {} : { source }) },
        },
      }
    }
    case 'CatalogueEntryRevised': {
      const current = state.items[event.data.entry.code]
      if (current === undefined) return state
      return {
        ...state,
        items: { ...state.items, [event.data.entry.code]: { ...current, entry: event.data.entry } },
      }
    }
    case 'CatalogueEntryRetired': {
      const current = state.items[event.data.code]
      if (current === undefined) return state
      return {
        ...state,
        items: { ...state.items, [event.data.code]: { ...current, status: 'retired' } },
      }
    }
    default:
      return unknownEvent(event)
  }
}

import type { DecideResult } from '@wenming/event-store'
import { match } from 'ts-pattern'
import type { WithFacts } from '../shared/with-facts.js'
import type { SiteFacts } from '../site/site-facts.js'
import type { CatalogueCommand } from './commands.js'
import type { CatalogueError } from './errors.js'
import type { CatalogueEvent, EntrySource } from './events.js'
import { findActiveEntry } from './find-entry.js'
import type { CatalogueState } from './state.js'

/**
 * A catalogue command with the district's centre as read from its stream (`null`: no such site);
 * a publication sent by the round-closing process names the winning project it comes from (S4).
 */
export type CatalogueDeciderCommand = WithFacts<
  CatalogueCommand,
  { readonly centre: SiteFacts | null }
> & { readonly source?: EntrySource }

type Result = DecideResult<CatalogueEvent, CatalogueError>

const fail = (error: CatalogueError): Result => ({ ok: false, error })

/** Decides a catalogue command: the centre edits its own district's catalogue (S1), one per district. */
export const decideCatalogue = (
  command: CatalogueDeciderCommand,
  state: CatalogueState,
): Result => {
  const { districtId } = command.data
  const { centre } = command.facts
  if (centre?.siteId !== districtId || centre.level !== 'center' || centre.status !== 'open') {
    return fail({ type: 'CatalogueDistrictUnavailable', districtId })
  }
  const by = command.metadata.actor.id
  const at = command.metadata.now
  return match(command)
    .returnType<Result>()
    .with({ type: 'PublishCatalogueEntry' }, ({ data }) =>
      data.entry.code in state.items
        ? fail({ type: 'CatalogueEntryAlreadyPublished', districtId, code: data.entry.code })
        : {
            ok: true,
            events: [
              {
                type: 'CatalogueEntryPublished',
                data: {
                  districtId,
                  entry: data.entry,
                  ...(command.source === undefined ? {} : { source: command.source }),
                  by,
                  at,
                },
              },
            ],
          },
    )
    .with({ type: 'ReviseCatalogueEntry' }, ({ data }) => {
      const found = findActiveEntry(state, districtId, data.entry.code)
      if ('refusal' in found) return fail(found.refusal)
      return {
        ok: true,
        events: [
          { type: 'CatalogueEntryRevised', data: { districtId, entry: data.entry, by, at } },
        ],
      }
    })
    .with({ type: 'RetireCatalogueEntry' }, ({ data }) => {
      const found = findActiveEntry(state, districtId, data.code)
      if ('refusal' in found) return fail(found.refusal)
      return {
        ok: true,
        events: [
          {
            type: 'CatalogueEntryRetired',
            data: { districtId, code: data.code, reason: data.reason, by, at },
          },
        ],
      }
    })
    .exhaustive()
}

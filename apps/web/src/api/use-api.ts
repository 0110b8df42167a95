import { inject, onMounted, ref, shallowRef, type InjectionKey, type Ref, type ShallowRef } from 'vue'
import type { ApiClient, Read } from './api-client'
import type { Freshness } from './freshness'
import { isApiProblemError } from './problem'
import { useI18n } from '../i18n/use-i18n'

/** Where the app provides its one {@link ApiClient}. */
export const apiClientKey: InjectionKey<ApiClient> = Symbol('api-client')

/** The app's API client (provided in `main.ts`). */
export const useApi = (): ApiClient => {
  const client = inject(apiClientKey)
  if (client === undefined) throw new Error('No API client provided')
  return client
}

/** The sentence to show for a failed call: the API's own, or the network's. */
export const sentenceOf = (error: unknown, network: string): string =>
  isApiProblemError(error)
    ? (error.problem.detail ?? error.problem.title)
    : error instanceof TypeError
      ? network
      : String(error)

export type ReadState<T> = {
  data: ShallowRef<T | null>
  freshness: Ref<Freshness | null>
  error: Ref<string | null>
  loading: Ref<boolean>
  reload: () => Promise<void>
  /** Reloads until the read model has applied every event (after a command), a few tries at most. */
  reloadUntilFresh: () => Promise<void>
}

const FRESH_TRIES = 8
const FRESH_WAIT_MS = 150

/** A read a page shows: its data, freshness, the error sentence and a reload, loaded on mount. */
export const useRead = <T>(load: () => Promise<Read<T>>): ReadState<T> => {
  const { m } = useI18n()
  const data = shallowRef<T | null>(null)
  const freshness = ref<Freshness | null>(null)
  const error = ref<string | null>(null)
  const loading = ref(false)
  const reload = async () => {
    loading.value = true
    try {
      const read = await load()
      data.value = read.data
      freshness.value = read.freshness
      error.value = null
    } catch (caught) {
      error.value = sentenceOf(caught, m.value.errors.network)
    } finally {
      loading.value = false
    }
  }
  const reloadUntilFresh = async () => {
    for (let i = 0; i < FRESH_TRIES; i++) {
      await reload()
      if (error.value !== null || (freshness.value?.behind ?? 0) === 0) return
      await new Promise((resolve) => setTimeout(resolve, FRESH_WAIT_MS))
    }
  }
  // A page opened right after a command may find its model a few events behind: read until caught up.
  onMounted(() => void reloadUntilFresh())
  return { data, freshness, error, loading, reload, reloadUntilFresh }
}

import { computed, ref, type ComputedRef, type Ref } from 'vue'
import { en } from './en'
import type { Locale, Messages } from './messages'
import { zh } from './zh'

const STORAGE_KEY = 'wenming.locale'

const stored = (): Locale => (globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN')

const locale: Ref<Locale> = ref(stored())
const messages: ComputedRef<Messages> = computed(() => (locale.value === 'en' ? en : zh))

/** The console's language (zh-CN by default, English as a switch) and its words. */
export const useI18n = () => ({
  locale,
  m: messages,
  toggle: () => {
    locale.value = locale.value === 'en' ? 'zh-CN' : 'en'
    globalThis.localStorage?.setItem(STORAGE_KEY, locale.value)
    document.documentElement.lang = locale.value
  },
})

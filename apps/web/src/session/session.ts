import { computed, ref } from 'vue'
import type { Role } from './roles'

/** Who is signed in: the bearer token, the role it carries and, for a volunteer, their id. */
export type Session = { readonly token: string; readonly role: Role; readonly principalId?: string }

const STORAGE_KEY = 'wenming.session'

const load = (): Session | null => {
  try {
    const text = globalThis.sessionStorage?.getItem(STORAGE_KEY)
    return text === null || text === undefined ? null : (JSON.parse(text) as Session)
  } catch {
    return null
  }
}

// The tab's session (sessionStorage, not localStorage: a token does not outlive the tab).
const current = ref<Session | null>(load())

/** The signed-in session, shared by the shell, the router guard and the API client. */
export const useSession = () => ({
  session: computed(() => current.value),
  signIn: (session: Session) => {
    current.value = session
    globalThis.sessionStorage?.setItem(STORAGE_KEY, JSON.stringify(session))
  },
  signOut: () => {
    current.value = null
    globalThis.sessionStorage?.removeItem(STORAGE_KEY)
  },
})

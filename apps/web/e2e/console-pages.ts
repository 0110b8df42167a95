import type { Page } from 'playwright-core'

export const PHONE = { width: 375, height: 812 }
export const DESK = { width: 1366, height: 900 }

/** Signs in with a token on the sign-in form (a dev-style token picks its role) and waits for home. */
export const signIn = async (page: Page, baseUrl: string, token: string, home: string): Promise<void> => {
  await page.goto(`${baseUrl}/#/sign-in`)
  await page.locator('input[name="token"]').fill(token)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.hash.startsWith(`#${home}`))
}

/** Picks the `index`th option of the Element Plus select inside `scope` (its dropdown is teleported). */
export const chooseOption = async (page: Page, select: ReturnType<Page['locator']>, index = 0): Promise<string> => {
  await select.click()
  const option = page.locator('.el-select-dropdown__item:visible').nth(index)
  const label = (await option.innerText()).trim()
  await option.click()
  return label
}

/**
 * Opens `hash` in a fresh document and waits for `ready` to show: the milliseconds from navigation to
 * a page a person can use (its data drawn), reported as its time to interactive.
 */
export const openTimed = async (page: Page, baseUrl: string, hash: string, ready: string): Promise<number> => {
  await page.goto('about:blank')
  const started = Date.now()
  await page.goto(`${baseUrl}/#${hash}`)
  await page.locator(ready).first().waitFor({ state: 'visible' })
  return Date.now() - started
}

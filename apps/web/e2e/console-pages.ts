import type { Locator, Page } from 'playwright-core'

export const PHONE = { width: 375, height: 812 }
export const DESK = { width: 1366, height: 900 }

/** Signs in with a token on the sign-in form (a dev-style token picks its role) and waits for home. */
export const signIn = async (page: Page, baseUrl: string, token: string, home: string): Promise<void> => {
  await page.goto(`${baseUrl}/#/sign-in`)
  await page.locator('input[name="token"]').fill(token)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.hash.startsWith(`#${home}`))
}

/** Waits until no Element Plus dropdown is open (one closing still animates out for a moment). */
const dropdownsClosed = async (page: Page): Promise<void> => {
  const open = page.locator('.el-select-dropdown__item:visible')
  for (let i = 0; i < 50 && (await open.count()) > 0; i++) await page.waitForTimeout(50)
}

/** Picks the `index`th option of an Element Plus select (its dropdown is teleported to the body). */
export const chooseOption = async (page: Page, select: Locator, index = 0): Promise<string> => {
  await dropdownsClosed(page)
  await select.click()
  const option = page.locator('.el-select-dropdown__item:visible').nth(index)
  const label = (await option.innerText()).trim()
  await option.click()
  await dropdownsClosed(page)
  return label
}

/** Picks the option of an Element Plus select that reads `label` exactly. */
export const chooseLabel = async (page: Page, select: Locator, label: string): Promise<void> => {
  await dropdownsClosed(page)
  await select.click()
  await page.locator('.el-select-dropdown__item:visible').getByText(label, { exact: true }).first().click()
  await dropdownsClosed(page)
}

/** Closes a multiple select's dropdown left open after picking. */
export const closeDropdowns = async (page: Page): Promise<void> => {
  await page.keyboard.press('Escape')
  await dropdownsClosed(page)
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

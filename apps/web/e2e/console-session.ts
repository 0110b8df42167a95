import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { launchChromium } from './chromium'
import { startConsoleServer, type ConsoleServer } from './console-server'

/** Where screenshots and timings of the browser tests are kept (a CI artifact). */
export const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'e2e-artifacts')

/** One describe block's server and browser, with the helpers every browser test uses. */
export type ConsoleSession = {
  readonly server: ConsoleServer
  readonly context: BrowserContext
  /** A new page of the shared browser context at `viewport` (PHONE or DESK). */
  newPage(viewport: { width: number; height: number }): Promise<Page>
  /** A full-page screenshot named `<prefix><name>.png` in the artifacts. */
  screenshot(page: Page, name: string): Promise<void>
  /** A GET (or, with a body, a POST) to the API as `role`; throws on a non-2xx answer. */
  api<T>(role: keyof ConsoleServer['tokens'], path: string, body?: unknown): Promise<T>
}

/**
 * Registers the hooks of a describe block of browser tests: before all, the real server on a
 * temporary SQLite store and Chromium; after a failed test, a picture of every page still open;
 * after all, both closed (`onClose` runs first). `prefix` names this block's screenshots.
 */
export const useConsoleSession = (prefix: string, onClose?: () => void): ConsoleSession => {
  let server: ConsoleServer | undefined
  let chrome: Awaited<ReturnType<typeof launchChromium>> | undefined
  const started = () => {
    if (server === undefined || chrome === undefined) throw new Error('The console session has not started')
    return { server, context: chrome.context }
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true })
    server = await startConsoleServer()
    chrome = await launchChromium()
  })

  // A failed step leaves a picture of every page still open, to see what the browser showed.
  afterEach(async (test) => {
    if (test.task.result?.state !== 'fail' || chrome === undefined) return
    for (const [index, page] of chrome.context.pages().entries()) {
      await page.screenshot({ path: join(ARTIFACTS, `${prefix}failed-${index}.png`), fullPage: true }).catch(() => undefined)
    }
  })

  afterAll(async () => {
    onClose?.()
    await chrome?.close()
    await server?.close()
  })

  return {
    get server() {
      return started().server
    },
    get context() {
      return started().context
    },
    newPage: async (viewport) => {
      const page = await started().context.newPage()
      await page.setViewportSize(viewport)
      return page
    },
    screenshot: async (page, name) => {
      await page.screenshot({ path: join(ARTIFACTS, `${prefix}${name}.png`), fullPage: true })
    },
    api: async <T>(role: keyof ConsoleServer['tokens'], path: string, body?: unknown): Promise<T> => {
      const { server: running } = started()
      const response = await fetch(`${running.url}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: {
          authorization: `Bearer ${running.tokens[role]}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
      return (await response.json()) as T
    },
  }
}

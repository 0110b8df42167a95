import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'

/** Debian's Chromium (`apt-get install -y chromium`), or `CHROMIUM_PATH`; never a downloaded build. */
export const chromiumPath = (): string => {
  const fromEnv = process.env['CHROMIUM_PATH']
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim()
  } catch {
    throw new Error('No chromium on PATH: apt-get install -y chromium (the browser tests need it)')
  }
}

/** Flags that work as root on a closed network: no sandbox, no GPU, no calls home. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
]

/**
 * A headless Chromium on a fresh user-data dir of its own, in Beijing time and Chinese. Each page
 * (tab) has its own sessionStorage, so each role signs in on a page of its own.
 */
export const launchChromium = async (): Promise<{ context: BrowserContext; close(): Promise<void> }> => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'wenming-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: FLAGS,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  return {
    context,
    close: async () => {
      await context.close()
      rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}

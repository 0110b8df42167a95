import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page, Response } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { seriousViolations } from './axe'
import type { ConsoleServer } from './console-server'
import { ARTIFACTS, useConsoleSession } from './console-session'
import { chooseOption, DESK, openTimed, PHONE, signIn } from './console-pages'

const thisYear = String(new Date().getFullYear())
type Figures = Record<'placed' | 'accepted' | 'dispatched' | 'completed' | 'evaluated', number>

describe('the console in Chromium against the real server', () => {
  const timings: Record<string, number> = {}
  const session = useConsoleSession('', () => {
    writeFileSync(join(ARTIFACTS, 'time-to-interactive.json'), `${JSON.stringify(timings, null, 2)}\n`)
    console.log('time to interactive (ms, navigation to data drawn):', timings)
  })
  const { newPage } = session
  let shot = 0
  // Numbered in the order the flow takes them: the README shows one of them.
  const screenshot = (page: Page, name: string) => {
    shot += 1
    return session.screenshot(page, `${String(shot).padStart(2, '0')}-${name}`)
  }
  const figuresOn = async (page: Page): Promise<Figures> => {
    const read = async (key: keyof Figures) => Number(await page.getByTestId(`figure-${key}`).innerText())
    return {
      placed: await read('placed'),
      accepted: await read('accepted'),
      dispatched: await read('dispatched'),
      completed: await read('completed'),
      evaluated: await read('evaluated'),
    }
  }

  it('serves the console to a browser at / and the service root to API clients', async () => {
    const page = await fetch(session.server.url, { headers: { accept: 'text/html' } })
    expect(await page.text()).toContain('<div id="app"></div>')
    const root = await fetch(session.server.url, { headers: { accept: 'application/json' } })
    expect(((await root.json()) as { name: string }).name).toBe('Wenming')
  })

  it('takes a 点单 from the resident’s phone to its rating, and the report moves by one', async () => {
    const desk = await newPage(DESK)
    await signIn(desk, session.server.url, session.server.tokens.dispatcher, '/dispatcher')
    await desk.goto(`${session.server.url}/#/report?period=${thisYear}`)
    await desk.getByTestId('figure-placed').waitFor()
    const before = await figuresOn(desk)

    // 点单: the resident orders from the menu on a 375 px phone.
    const phone = await newPage(PHONE)
    await signIn(phone, session.server.url, session.server.tokens.resident, '/resident')
    // What the phone downloads for its first page: JavaScript bytes as sent (gzipped by the API).
    const scripts: Promise<number>[] = []
    const onResponse = (response: Response) => {
      if (!response.url().endsWith('.js')) return
      scripts.push(
        // Gzipped, or as it is when under a kilobyte: the length the API sent either way.
        response.allHeaders().then((headers) => Number(headers['content-length'])),
      )
    }
    // Uncached, as a first visit: the sign-in page has just loaded the shell's chunks.
    const cdp = await session.context.newCDPSession(phone)
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    phone.on('response', onResponse)
    timings['resident menu'] = await openTimed(phone, session.server.url, '/resident', '[data-testid^="menu-entry-"]')
    phone.off('response', onResponse)
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false })
    const sizes = await Promise.all(scripts)
    expect(sizes.length).toBeGreaterThan(0)
    // Every chunk came with its length: none is left out of the sum.
    expect(sizes.every((size) => Number.isFinite(size) && size > 0)).toBe(true)
    const residentBytes = sizes.reduce((sum, n) => sum + n, 0)
    console.log(`resident first page: ${(residentBytes / 1024).toFixed(1)} KiB of JavaScript on the wire`)
    expect(residentBytes).toBeLessThan(250 * 1024)
    await screenshot(phone, 'resident-menu')
    await phone.getByTestId('language').click()
    await expect.poll(() => phone.locator('h1').innerText()).toBe('Service menu')
    await phone.getByTestId('language').click()
    await expect.poll(() => phone.locator('h1').innerText()).toBe('服务菜单')
    await phone.locator('[data-testid^="menu-entry-"] button').first().click()
    await phone.getByTestId('entry-name').waitFor()
    await chooseOption(phone, phone.getByTestId('site'), 0)
    await phone.locator('textarea[name="need"]').fill('周六上午为小区老人讲解防诈骗知识')
    await screenshot(phone, 'resident-place-order')
    await phone.getByTestId('submit-order').click()
    await phone.waitForURL((url) => url.hash === '#/resident/orders')
    const card = phone.locator('[data-testid^="my-order-"]').first()
    await card.waitFor()
    const orderId = ((await card.getAttribute('data-testid')) ?? '').replace('my-order-', '')
    expect(orderId).not.toBe('')
    await expect.poll(() => card.getByTestId('status').innerText()).toBe('待受理')
    await screenshot(phone, 'resident-my-orders-placed')

    // 受理 and 派单: the dispatcher sees it on the board, accepts it and dispatches to the first suggestion.
    timings['dispatcher board'] = await openTimed(desk, session.server.url, '/dispatcher', `[data-testid="open-${orderId}"]`)
    await screenshot(desk, 'dispatcher-board')
    expect(await seriousViolations(desk)).toEqual([])
    await desk.getByTestId(`open-${orderId}`).click()
    await desk.getByTestId('accept').click()
    const first = desk.getByTestId('suggestion-1')
    await first.waitFor()
    expect(await first.locator('.explanation').innerText()).toMatch(/^第1位：.+。$/)
    await screenshot(desk, 'dispatcher-suggestions')
    await desk.getByTestId('dispatch-1').click()
    await expect.poll(() => desk.getByTestId('status').first().innerText()).toBe('已派单')
    await screenshot(desk, 'dispatcher-dispatched')

    // 接单 and 结项: the team leader takes it and completes it with two volunteers' hours.
    const leader = await newPage(PHONE)
    await signIn(leader, session.server.url, session.server.tokens.leader, '/leader')
    timings['leader tasks'] = await openTimed(leader, session.server.url, '/leader', `[data-testid="task-${orderId}"]`)
    const task = leader.getByTestId(`task-${orderId}`)
    expect(await seriousViolations(leader)).toEqual([])
    await task.getByTestId('take').click()
    await expect.poll(() => task.getByTestId('status').innerText()).toBe('已接单')
    await task.getByTestId('complete').click()
    const dialog = leader.locator('.el-dialog:visible')
    await dialog.waitFor()
    // Members after the first: the simulator registers members as volunteers, not leaders (V1).
    const lines = [
      { index: 0, member: 1, hours: '2' },
      { index: 1, member: 2, hours: '1.5' },
    ]
    for (const line of lines) {
      const row = leader.getByTestId(`volunteer-line-${line.index}`)
      await chooseOption(leader, row.locator('.el-select'), line.member)
      const hours = row.locator('.el-input-number input')
      await hours.fill(line.hours)
      await hours.press('Tab')
    }
    await expect.poll(() => leader.getByTestId('total-hours').innerText()).toContain('3.5')
    await dialog.getByLabel('服务地点').fill('东门社区文明实践站')
    await dialog.getByLabel('服务情况').fill('为 12 位老人讲解防诈骗知识')
    await dialog.getByLabel('负责人').fill('王队长')
    await screenshot(leader, 'leader-completion')
    await leader.getByTestId('submit-completion').click()
    await dialog.waitFor({ state: 'hidden' })
    await task.waitFor({ state: 'detached' })
    await screenshot(leader, 'leader-tasks-after')

    // 评单: the resident rates the completed order.
    await phone.goto('about:blank')
    await phone.goto(`${session.server.url}/#/resident/orders`)
    const rated = phone.getByTestId(`my-order-${orderId}`)
    await rated.getByTestId('rate-form').waitFor()
    expect(await seriousViolations(phone)).toEqual([])
    await rated.getByTestId('submit-rating').click()
    await expect.poll(() => rated.getByTestId('status').innerText()).toBe('已评价')
    await screenshot(phone, 'resident-rated')

    // The report of this year: each stage the order went through counts one more.
    await expect
      .poll(
        async () => {
          await desk.goto('about:blank')
          await desk.goto(`${session.server.url}/#/report?period=${thisYear}`)
          await desk.getByTestId('figure-evaluated').waitFor()
          return (await figuresOn(desk)).evaluated
        },
        { timeout: 10_000 },
      )
      .toBe(before.evaluated + 1)
    expect(await figuresOn(desk)).toEqual({
      placed: before.placed + 1,
      accepted: before.accepted + 1,
      dispatched: before.dispatched + 1,
      completed: before.completed + 1,
      evaluated: before.evaluated + 1,
    })
    timings['report'] = await openTimed(desk, session.server.url, `/report?period=${thisYear}`, '[data-testid="chart-funnel"] svg')
    await screenshot(desk, 'report')

    // The log agrees: the order is evaluated with both volunteers, and each has their own record.
    const detail = (await (
      await fetch(`${session.server.url}/orders/${orderId}`, { headers: { authorization: `Bearer ${session.server.tokens.dispatcher}` } })
    ).json()) as { order: { status: string; report: { hours: number; volunteerIds: string[] } } }
    expect(detail.order.status).toBe('evaluated')
    expect(detail.order.report.hours).toBe(3.5)
    expect(detail.order.report.volunteerIds).toHaveLength(2)
  })

  it('lets a volunteer read their records, get a 服务记录证明 and anyone verify it', async () => {
    const page = await newPage(PHONE)
    await page.goto(`${session.server.url}/#/sign-in`)
    await page.locator('input[name="token"]').fill(session.server.tokens.volunteer)
    await page.locator('input[name="volunteerId"]').fill(session.server.volunteerId)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => url.hash === '#/volunteer')
    await page.getByTestId('stars').waitFor()
    const year = String(session.server.simulatedYear)
    await page.getByLabel('起始日期').fill(`${year}-01-01`)
    await page.getByLabel('截止日期').fill(`${year}-12-31`)
    await page.getByLabel('出具单位').fill('区新时代文明实践中心')
    await page.getByLabel('经办人').fill('李主任')
    await page.getByLabel('联系电话').fill('0591-12345678')
    await page.getByTestId('request-certificate').click()
    const printLink = page.getByTestId('certificate-print').first()
    await printLink.waitFor()
    await screenshot(page, 'volunteer-records')
    await printLink.click()
    await page.getByTestId('certificate').waitFor()
    const number = (await page.getByTestId('certificate-number').innerText()).trim()
    await screenshot(page, 'volunteer-certificate')

    // Anyone verifies it by its number, signed in or not, and sees masked fields only.
    const visitor = await newPage(PHONE)
    await visitor.goto(`${session.server.url}/#/verify/${encodeURIComponent(number)}`)
    await expect.poll(() => visitor.getByTestId('verdict').innerText()).toContain('证明真实有效')
    await screenshot(visitor, 'public-verify')
  })

  it('finds no serious accessibility violation on any home page', async () => {
    const homes: [string, keyof ConsoleServer['tokens'] | null, string, string][] = [
      ['sign-in', null, '/sign-in', 'input[name="token"]'],
      ['resident', 'resident', '/resident', '[data-testid^="menu-entry-"]'],
      ['dispatcher', 'dispatcher', '/dispatcher', '[data-testid="board-total"]'],
      ['leader', 'leader', '/leader', 'h1'],
      ['report', 'auditor', `/report?period=${session.server.simulatedYear}`, '[data-testid="chart-funnel"] svg'],
      ['verify', null, '/verify', 'input[name="certificateNumber"]'],
    ]
    const found: Record<string, string[]> = {}
    for (const [name, role, hash, ready] of homes) {
      const page = await newPage(name === 'resident' || name === 'leader' ? PHONE : DESK)
      if (role !== null) await signIn(page, session.server.url, session.server.tokens[role], hash.split('?')[0] ?? hash)
      await page.goto(`${session.server.url}/#${hash}`)
      await page.locator(ready).first().waitFor()
      found[name] = await seriousViolations(page)
      await page.close()
    }
    expect(found).toEqual(Object.fromEntries(homes.map(([name]) => [name, []])))
  })
})

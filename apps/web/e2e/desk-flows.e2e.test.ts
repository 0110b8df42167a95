import { expect, it, describe } from 'vitest'
import { seriousViolations } from './axe'
import { useConsoleSession } from './console-session'
import { chooseLabel, chooseOption, closeDropdowns, DESK, PHONE, signIn } from './console-pages'

type Cluster = { clusterId: string; name: string; venues: { venueId: string; name: string }[] }

describe('desk and menu flows in Chromium against the real server', () => {
  const session = useConsoleSession('desk-')
  const { newPage, screenshot, api } = session

  it('lets a station admin plan an activity with its cluster and shared venue, and report it held', async () => {
    const [lead] = session.server.clusterSites
    if (lead === undefined) throw new Error('The simulated district formed no cluster')
    const site = await api<{ name: string }>('station', `/sites/${lead}`)
    const clusters = await api<{ items: Cluster[] }>('station', `/clusters?siteId=${lead}`)
    const cluster = clusters.items[0]
    if (cluster === undefined) throw new Error(`No cluster of ${lead}`)
    const venue = cluster.venues[0]
    if (venue === undefined) throw new Error(`Cluster ${cluster.clusterId} shares no venue`)

    const page = await newPage(DESK)
    await signIn(page, session.server.url, session.server.tokens.station, '/dispatcher')
    await page.goto(`${session.server.url}/#/station`)
    await page.getByTestId('plan-activity').waitFor()
    await page.getByTestId('theme').waitFor()
    const title = `联建片区邻里守望 ${Date.now()}`
    await page.getByTestId('activity-title').fill(title)
    await chooseLabel(page, page.getByTestId('activity-organizer'), site.name)
    await chooseLabel(page, page.getByTestId('activity-cluster'), cluster.name)
    await chooseOption(page, page.getByTestId('activity-venue'), 0)
    await screenshot(page, 'station-plan')
    await page.getByTestId('activity-plan').click()

    const row = page.getByTestId('activity-list').locator('.el-table__row', { hasText: title })
    await row.waitFor()
    expect(await row.innerText()).toContain(cluster.name)
    expect(await row.innerText()).toContain('计划中')
    await row.getByRole('button', { name: '报送举办' }).click()
    const dialog = page.getByTestId('hold-activity')
    await dialog.waitFor()
    const volunteers = page.locator('input[aria-label="志愿者人数"]')
    await volunteers.fill('6')
    await volunteers.press('Tab')
    const audience = page.locator('input[aria-label="受众人数"]')
    await audience.fill('80')
    await audience.press('Tab')
    await page.getByTestId('hold-submit').click()
    await dialog.waitFor({ state: 'hidden' })
    await expect.poll(() => row.innerText(), { timeout: 10_000 }).toContain('已举办')
    await screenshot(page, 'station-held')
    expect(await seriousViolations(page)).toEqual([])

    // The log agrees: held, credited to the cluster, at its shared venue.
    const held = await api<{ items: { title: string; status: string; clusterId: string; audience: number }[] }>(
      'station',
      `/activities?clusterId=${cluster.clusterId}&status=held&limit=500`,
    )
    expect(held.items.find((a) => a.title === title)).toMatchObject({
      status: 'held',
      clusterId: cluster.clusterId,
      audience: 80,
    })
    await expect
      .poll(async () => {
        const now = await api<{ jointActivities: { title: string; venueId?: string }[] }>(
          'station',
          `/clusters/${cluster.clusterId}`,
        )
        return now.jointActivities.find((a) => a.title === title)?.venueId
      })
      .toBe(venue.venueId)
  })

  it('lets a team leader schedule a shift with its check-in code, and a volunteer check in at the post', async () => {
    const [lead] = session.server.clusterSites
    const teams = await api<{ items: { teamId: string; name: string }[] }>('leader', '/teams?status=active&limit=1')
    const team = teams.items[0]
    if (lead === undefined || team === undefined) throw new Error('No site or team to plan with')
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' })
    const title = `文明交通劝导岗 ${Date.now()}`
    await api('station', '/activities', {
      title,
      kind: 'regular',
      organizerSiteId: lead,
      teamIds: [team.teamId],
      plannedDate: today,
    })

    // The page lists what the activity directory holds: wait until it holds the plan.
    await expect
      .poll(async () => {
        const planned = await api<{ items: { title: string }[] }>('leader', `/activities?status=planned&month=${today.slice(0, 7)}&limit=200`)
        return planned.items.some((a) => a.title === title)
      })
      .toBe(true)
    const page = await newPage(PHONE)
    await signIn(page, session.server.url, session.server.tokens.leader, '/leader')
    await page.goto(`${session.server.url}/#/leader/shifts`)
    await chooseLabel(page, page.getByTestId('shift-activity'), `${today} ${title}`)
    await page.getByLabel('岗位', { exact: true }).fill('东门路口')
    await page.getByLabel('岗位编号（字母数字）').fill('east-gate')
    // The shift runs from an hour ago to two hours on, Beijing time, so that check-in is open now.
    const local = (offsetHours: number) =>
      new Date(Date.now() + offsetHours * 3_600_000).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 16).replace(' ', 'T')
    await page.getByLabel('开始时间').fill(local(-1))
    await page.getByLabel('结束时间').fill(local(2))
    const code = await page.getByLabel('签到码').inputValue()
    expect(code).toMatch(/^\d{6}$/)
    await page.getByRole('button', { name: '安排班次' }).click()
    const shift = page.getByTestId('scheduled-shift')
    await shift.waitFor()
    expect(await shift.getByTestId('check-in-code').innerText()).toBe(code)
    expect(await shift.innerText()).toContain('东门路口')
    const shiftId = (await shift.getByTestId('shift-number').innerText()).trim()
    await screenshot(page, 'leader-shift')
    expect(await seriousViolations(page)).toEqual([])

    // The volunteer checks in on their phone, standing at the post (the organising site's place).
    const site = await api<{ coordinates: { latitude: number; longitude: number } }>('station', `/sites/${lead}`)
    await session.context.grantPermissions(['geolocation'], { origin: session.server.url })
    await session.context.setGeolocation(site.coordinates)
    const phone = await newPage(PHONE)
    await phone.goto(`${session.server.url}/#/sign-in`)
    await phone.locator('input[name="token"]').fill(session.server.tokens.volunteer)
    await phone.locator('input[name="volunteerId"]').fill(session.server.volunteerId)
    await phone.locator('button[type="submit"]').click()
    await phone.waitForURL((url) => url.hash === '#/volunteer')
    await phone.getByLabel('班次号').fill(shiftId)
    await phone.getByLabel('签到码').fill('000000' === code ? '111111' : '000000')
    await phone.getByRole('button', { name: '签到', exact: true }).click()
    // A wrong code: the API's sentence beside the code.
    await expect.poll(() => phone.locator('.el-form-item__error').allInnerTexts()).toEqual([expect.stringContaining('签到码')])
    await phone.getByLabel('签到码').fill(code)
    await phone.getByRole('button', { name: '签到', exact: true }).click()
    await phone.locator('.el-message--success', { hasText: '已签到' }).waitFor()
    await screenshot(phone, 'volunteer-check-in')
    expect(await seriousViolations(phone)).toEqual([])

    // The leader's page lists the activity's shifts from the API: after a reload the shift is
    // still there, with the volunteer on duty.
    await page.reload()
    await chooseLabel(page, page.getByTestId('shift-activity'), `${today} ${title}`)
    await expect.poll(() => page.getByTestId('shift-attendance').allInnerTexts()).toEqual(['在岗 1 人 · 已签退 0 人'])
    expect(await page.getByTestId('check-in-code').innerText()).toBe(code)
  })

  it('issues one 定单 to two teams and shows each team’s task with its due date', async () => {
    const page = await newPage(DESK)
    await signIn(page, session.server.url, session.server.tokens.dispatcher, '/dispatcher')
    await page.goto(`${session.server.url}/#/dispatcher/directive`)
    await chooseOption(page, page.getByTestId('directive-issuer'), 0)
    const teams = page.getByTestId('directive-teams')
    await teams.click()
    const options = page.locator('.el-select-dropdown__item:visible')
    const picked = [(await options.nth(0).innerText()).trim(), (await options.nth(1).innerText()).trim()]
    await options.nth(0).click()
    await options.nth(1).click()
    await closeDropdowns(page)
    const theme = `文明交通劝导 ${Date.now()}`
    await page.getByTestId('directive-theme').fill(theme)
    const dueDate = await page.getByLabel('完成期限').inputValue()
    await page.getByTestId('directive-issue').click()

    const row = page.getByTestId('directive-list').locator('.el-table__row', { hasText: theme })
    await row.waitFor()
    const tasks = row.getByTestId('directive-task')
    await expect.poll(() => tasks.count(), { timeout: 10_000 }).toBe(2)
    for (const [index, team] of picked.entries()) {
      const text = await tasks.nth(index).innerText()
      expect(text).toContain(team)
      expect(text).toContain('待接单')
      expect(text).toContain(dueDate)
      expect(text).not.toContain('逾期')
    }
    await screenshot(page, 'directive-tasks')
    expect(await seriousViolations(page)).toEqual([])

    // The board shows the 定单 with a task per team.
    await page.goto(`${session.server.url}/#/dispatcher`)
    const onBoard = page.locator('.el-table__row', { hasText: picked[0] ?? '' }).filter({ hasText: picked[1] ?? '' })
    await expect.poll(() => onBoard.count(), { timeout: 10_000 }).toBe(1)
    expect(await onBoard.innerText()).toContain('待接单')

    // One order on the board with a task per team.
    const board = await api<{ orders: { kind: string; tasks: { teamId: string }[] | null }[] }>(
      'dispatcher',
      '/orders?limit=1000',
    )
    const directives = board.orders.filter((o) => o.kind === 'directive' && (o.tasks?.length ?? 0) === 2)
    expect(directives.length).toBeGreaterThanOrEqual(1)
  })

  it('lets a resident order a catalogue entry by answering its questions, for someone else', async () => {
    const menu = await api<{ districtId: string; platforms: { platform: string }[] }>('resident', '/services')
    const platform = menu.platforms[0]?.platform ?? 'health_sport'
    await api('dispatcher', `/catalogue/${menu.districtId}/entries`, {
      entry: {
        code: 'e2e_companion',
        name: '陪同就医',
        description: '志愿者陪同老人到社区卫生服务中心就医',
        platform,
        orderableBy: 'residents',
        attributes: [
          { code: 'mobility', description: '行动情况', datatype: 'singlevaluelist', required: true, order: 2,
            values: [{ key: 'walk', name: '可步行' }, { key: 'wheelchair', name: '需轮椅' }] },
          { code: 'people', description: '就医人数', datatype: 'number', required: true, order: 1 },
          { code: 'needs', description: '还需要', datatype: 'multivaluelist', required: false, order: 3,
            values: [{ key: 'register', name: '代为挂号' }, { key: 'medicine', name: '代为取药' }] },
          { code: 'notes', description: '其他说明', datatype: 'text', required: false, order: 4 },
        ],
      },
    })

    const phone = await newPage(PHONE)
    await signIn(phone, session.server.url, session.server.tokens.resident, '/resident')
    const entry = phone.getByTestId('menu-entry-e2e_companion')
    await entry.waitFor()
    expect(await entry.innerText()).toContain('点单时需回答 4 个问题')
    await entry.getByRole('button').click()
    await phone.getByTestId('entry-name').waitFor()
    // The questions in the form's order.
    const labels = await phone.locator('[data-testid^="attribute-"]').evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('data-testid')),
    )
    expect(labels).toEqual(['attribute-people', 'attribute-mobility', 'attribute-needs', 'attribute-notes'])

    // Unanswered required questions are named beside their fields before anything is sent.
    await chooseOption(phone, phone.getByTestId('site'), 0)
    await phone.getByTestId('submit-order').click()
    const errors = phone.locator('.el-form-item__error')
    await expect.poll(() => errors.allInnerTexts()).toEqual(['请回答这一项', '请回答这一项'])

    await phone.getByTestId('attribute-people').fill('2')
    await chooseLabel(phone, phone.getByTestId('attribute-mobility'), '需轮椅')
    await phone.getByTestId('attribute-needs').click()
    await phone.locator('.el-select-dropdown__item:visible').getByText('代为取药', { exact: true }).click()
    await closeDropdowns(phone)
    await phone.getByTestId('attribute-notes').fill('老人听力不好')
    await phone.getByText('代他人点单（代点单）').click()
    await phone.locator('input[name="onBehalfOf"]').fill('张阿姨')
    // Each answered question lost its sentence.
    await expect.poll(() => errors.allInnerTexts()).toEqual([])
    await screenshot(phone, 'resident-answers')
    expect(await seriousViolations(phone)).toEqual([])
    await phone.getByTestId('submit-order').click()
    await phone.waitForURL((url) => url.hash === '#/resident/orders')
    const card = phone.locator('[data-testid^="my-order-"]').first()
    await card.waitFor()
    const orderId = ((await card.getAttribute('data-testid')) ?? '').replace('my-order-', '')

    const detail = await api<{ order: { category: string; onBehalfOf: string }; events: { data: { answers?: unknown } }[] }>(
      'dispatcher',
      `/orders/${orderId}`,
    )
    expect(detail.order).toMatchObject({ category: 'e2e_companion', onBehalfOf: '张阿姨' })
    expect(detail.events[0]?.data.answers).toEqual({
      people: 2,
      mobility: 'wheelchair',
      needs: ['medicine'],
      notes: '老人听力不好',
    })
  })

  it('lets a station admin accept an order at its station and escalate it to its institute (O8)', async () => {
    const [stationId] = session.server.clusterSites
    if (stationId === undefined) throw new Error('The simulated district formed no cluster')
    type Menu = { platforms: { services: { code: string; attributes: { required: boolean }[] }[] }[] }
    const menu = await api<Menu>('resident', '/services')
    const plain = menu.platforms
      .flatMap((group) => group.services)
      .find((service) => service.attributes.every((attribute) => !attribute.required))
    if (plain === undefined) throw new Error('No menu entry without required questions')
    const placed = await api<{ events: { data: { orderId: string } }[] }>('resident', '/orders', {
      siteId: stationId,
      category: plain.code,
      need: '上门陪护',
      wantedAt: new Date(Date.now() + 86_400_000).toISOString(),
    })
    const orderId = placed.events[0]?.data.orderId
    if (orderId === undefined) throw new Error('No order placed')
    await expect.poll(async () => (await api<{ order: { status: string } }>('station', `/orders/${orderId}`)).order.status).toBe('placed')

    const page = await newPage(DESK)
    await signIn(page, session.server.url, session.server.tokens.station, '/dispatcher')
    await page.goto(`${session.server.url}/#/dispatcher/orders/${encodeURIComponent(orderId)}`)
    await page.getByTestId('accept').click()
    await expect.poll(() => page.getByTestId('holder').innerText()).toMatch(/^实践站 · /)
    // The station holds it: it reads the dispatch suggestions within its reach (O8).
    await page.getByTestId('suggestions').waitFor()
    const escalation = page.getByTestId('escalation')
    await escalation.waitFor()
    // No reason, no escalation: the sentence stands beside the field.
    await page.getByTestId('escalate').click()
    await expect.poll(() => escalation.locator('.el-form-item__error').allInnerTexts()).toEqual(['请填写原因'])
    await page.getByTestId('escalation-reason').fill('本站没有可派的队伍')
    await screenshot(page, 'station-escalate')
    expect(await seriousViolations(page)).toEqual([])
    await page.getByTestId('escalate').click()
    await expect.poll(() => page.getByTestId('holder').innerText()).toMatch(/^实践所 · /)
    expect(await page.getByTestId('escalation').count()).toBe(0)
    await expect.poll(() => page.getByTestId('suggestions').count()).toBe(0)
    expect(await page.getByTestId('history').innerText()).toContain('上报上级 · 本站没有可派的队伍')
    const detail = await api<{ order: { holder: { level: string } }; events: { type: string }[] }>('dispatcher', `/orders/${orderId}`)
    expect(detail.order.holder.level).toBe('institute')
    expect(detail.events.map((event) => event.type)).toEqual(['RequestOrderPlaced', 'OrderAccepted', 'OrderEscalated'])
  })
})

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { type Locator, type Page, request as playwrightRequest } from 'playwright-core';
import { browserApi, type BrowserApi, button, pick } from './browser-helpers.ts';
import { launchBrowser } from './launch-browser.ts';
import { assertChinesePage, screenshot, textOf, watchPageErrors } from './page-checks.ts';

const selectOf = (page: Page, inputId: string) => page.locator('.ant-select').filter({ has: page.locator(`#${inputId}`) });

/** page-checks knows the older prefixes; untranslated dashboards.* and reports.* keys show themselves too. */
async function assertDashboardsTranslated(page: Page, where: string): Promise<void> {
  await assertChinesePage(page, where);
  const text = await page.locator('body').innerText();
  assert.doesNotMatch(text, /\b(?:dashboards|reports)\.[a-z][a-z0-9-]*\.?[a-z0-9.-]*/, `${where}: untranslated key`);
}


const levelLabels: Record<string, string> = { vip: '重要客户', normal: '普通客户' };
const visits: [level: string, store: string, amount: number][] = [
  ['vip', '南京西路店', 100],
  ['vip', '人民广场店', 200],
  ['vip', '南京西路店', 50],
  ['normal', '徐家汇店', 80],
  ['normal', '南京西路店', 30],
];

/** A published visit form with five submissions and a saved bar report of visits by customer level. */
async function setUp(owner: BrowserApi, reportTitle: string): Promise<{ dataset: string; reportId: string }> {
  await owner.post('/api/option-sets', { key: 'visit-levels', name: { 'zh-CN': '客户等级', 'en-US': 'Customer levels' } });
  await owner.post('/api/option-sets/visit-levels/options', { value: 'vip', label: { 'zh-CN': '重要客户', 'en-US': 'Key account' } });
  await owner.post('/api/option-sets/visit-levels/options', { value: 'normal', label: { 'zh-CN': '普通客户', 'en-US': 'Regular' } });
  const form = await owner.post('/api/forms', {
    title: '门店拜访',
    schema: {
      type: 'object',
      required: ['level', 'store', 'amount'],
      properties: {
        level: { type: 'string', title: '客户等级', 'x-options': 'visit-levels' },
        store: { type: 'string', title: '门店' },
        amount: { type: 'number', title: '金额' },
      },
    },
  });
  await owner.post(`/api/forms/${form.id}/publish`);
  for (const [level, store, amount] of visits) await owner.post(`/api/forms/${form.id}/submissions`, { data: { level, store, amount } });
  const report = await owner.post('/api/reports', {
    title: reportTitle,
    dataset: `form.${form.id}`,
    query: { dimensions: [{ field: 'data.level' }], measures: [{ op: 'count' }] },
    chart: { type: 'bar' },
  });
  return { dataset: `form.${form.id}`, reportId: report.id };
}

/** Where an element comes to rest: the grid slides its items into place, so wait until two looks agree. */
async function settledBox(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  await locator.waitFor();
  let before = await locator.boundingBox();
  for (let i = 0; i < 20; i++) {
    await locator.page().waitForTimeout(100);
    const now = await locator.boundingBox();
    if (before && now && now.x === before.x && now.y === before.y) return now;
    before = now;
  }
  assert.fail('the element did not come to rest');
}

/** The editor: a title, the report added as a widget and widened, a shared period filter, home for 所有者. */
async function createDashboard(page: Page, baseUrl: string, reportTitle: string): Promise<string> {
  await page.goto(`${baseUrl}/dashboards`);
  await page.locator('.ant-layout-sider').getByText('数据看板', { exact: true }).waitFor();
  await page.getByText('还没有数据看板').waitFor();
  await assertDashboardsTranslated(page, 'dashboards list empty');
  await screenshot(page, 'dashboards-01-empty');
  await button(page, '新建数据看板').first().click();
  await page.waitForURL('**/dashboards/new');
  await page.locator('#dashboard-title').fill('门店经营看板');

  await page.getByTestId('add-widget').first().click();
  const picker = page.getByTestId('report-picker');
  await picker.getByRole('button', { name: `添加报表「${reportTitle}」` }).click();
  const widget = page.getByTestId('editor-widget-w1');
  await widget.getByText(reportTitle).waitFor();
  await widget.getByText('宽 12 / 24 列，高 8 行').waitFor();

  // widen it by its corner, as a person resizes with the mouse
  const handle = await settledBox(page.locator('.react-grid-item .react-resizable-handle').first());
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x + 200, handle.y + 40, { steps: 8 });
  await page.mouse.move(handle.x + 900, handle.y + 80, { steps: 8 });
  await page.mouse.up();
  await widget.getByText(/宽 24 \/ 24 列，高 \d+ 行/).waitFor();

  await page.getByTestId('add-filter').click();
  await pick(page, selectOf(page, 'filter-f1-binding-w1'), '提交时间');
  await pick(page, selectOf(page, 'dashboard-roles'), '所有者');
  await page.keyboard.press('Escape');

  // a filter without a name: the server's problem shows on that filter's name
  await page.locator('#filter-f1-title').fill('');
  await page.getByTestId('save-dashboard').click();
  await page.getByTestId('filter-editor-f1').locator('.ant-form-item-explain-error').first().waitFor();
  await page.locator('#filter-f1-title').fill('时间');
  // the problem clears once edited
  await page.getByTestId('filter-editor-f1').locator('.ant-form-item-explain-error').waitFor({ state: 'detached' });
  await assertDashboardsTranslated(page, 'dashboard editor');
  await screenshot(page, 'dashboards-02-editor');

  await page.getByTestId('save-dashboard').click();
  await page.waitForURL(/\/dashboards\/[0-9a-f-]{36}$/);
  return page.url().split('/').pop() ?? '';
}

/** The x-axis label of a bar, then a click on the bar just above it. */
async function clickBar(chart: Locator, label: string): Promise<void> {
  const text = await chart.locator('svg text').filter({ hasText: new RegExp(`^${label}$`) }).first().boundingBox();
  assert.ok(text, `the chart labels a bar ${label}`);
  await chart.page().mouse.click(text.x + text.width / 2, text.y - 16);
}

/** 查看明细 in the drill drawer: the records of the clicked level, as many as the test submitted at that level. */
async function drillRecords(page: Page, reportTitle: string, level: string): Promise<void> {
  const expected = visits.filter((visit) => visit[0] === level);
  const step = `客户等级：${levelLabels[level]}`;
  await button(page.getByTestId('drill-drawer'), '查看明细').click();
  const drawer = page.getByTestId('records-drawer');
  await drawer.getByTestId('records-path').getByText(`范围：${reportTitle} › ${step}`).waitFor();
  await drawer.getByText(`共 ${expected.length} 条`).waitFor();
  const table = drawer.getByTestId('records-table');
  const header = (await table.locator('thead th').allTextContents()).map((title) => title.trim());
  const [levelAt, storeAt, amountAt] = ['客户等级', '门店', '金额'].map((title) => header.indexOf(title));
  const rows = await table.locator('.ant-table-row').evaluateAll((found) =>
    found.map((row) => Array.from(row.querySelectorAll('td'), (cell) => (cell.textContent ?? '').trim())),
  );
  assert.deepEqual(
    rows.map((row) => [row[levelAt ?? -1], row[storeAt ?? -1], row[amountAt ?? -1]]).sort(),
    expected.map(([code, store, amount]) => [levelLabels[code], store, String(amount)]).sort(),
  );
  await assertDashboardsTranslated(page, 'drill records');
  await screenshot(page, 'dashboards-04-drill-records');
  await drawer.locator('.ant-drawer-close').click();
  await drawer.waitFor({ state: 'detached' });
}

/** The dashboard: the bars, the shared filter, then 钻取 into 重要客户 by 门店 and its rows, and back. */
async function drillDown(page: Page, reportTitle: string): Promise<void> {
  const widget = page.getByTestId('dashboard-widget-w1');
  const chart = widget.getByTestId('report-chart-canvas');
  await chart.locator('svg text').filter({ hasText: /^重要客户$/ }).waitFor();
  await chart.locator('svg text').filter({ hasText: /^普通客户$/ }).waitFor();
  await page.getByTestId('dashboard-refreshed-at').getByText(/上次刷新：\d{4}-\d{2}-\d{2} \d{2}:\d{2}/).waitFor();
  await pick(page, selectOf(page, 'dashboard-filter-f1'), '最近 30 天');
  await chart.locator('svg text').filter({ hasText: /^重要客户$/ }).waitFor();
  await assertDashboardsTranslated(page, 'dashboard');
  await screenshot(page, 'dashboards-03-view');

  await clickBar(chart, '重要客户');
  const drawer = page.getByTestId('drill-drawer');
  await drawer.getByTestId('drill-path').getByText('客户等级：重要客户').waitFor();
  await drillRecords(page, reportTitle, 'vip');
  await pick(page, selectOf(page, 'drill-next-level'), '门店');
  const drilled = drawer.getByTestId('drill-result');
  await drilled.locator('svg text').filter({ hasText: /^人民广场店$/ }).waitFor();
  await drilled.locator('svg text').filter({ hasText: /^南京西路店$/ }).waitFor();
  const labels = await drilled.locator('svg text').allTextContents();
  assert.ok(!labels.includes('徐家汇店'), `only the key accounts' stores: ${labels.join(', ')}`);
  await assertDashboardsTranslated(page, 'drill-down');
  await screenshot(page, 'dashboards-04-drill');

  await pick(page, selectOf(page, 'drill-next-level'), '不再细分');
  const rows = drilled.locator('.ant-table-row');
  await rows.first().waitFor();
  assert.equal(await rows.count(), 1, 'one group: 重要客户');
  assert.match(await textOf(rows.first()), /重要客户\s*3/);

  await page.getByTestId('drill-back').click();
  await drawer.waitFor({ state: 'hidden' });
}

/** 编辑 an existing dashboard: it opens with its widget; 每 1 分钟 saved shows on the dashboard. */
async function editRefresh(page: Page, reportTitle: string): Promise<void> {
  await button(page, '编辑').click();
  await page.waitForURL('**/edit');
  await page.getByTestId('editor-widget-w1').getByText(reportTitle).waitFor();
  await page.locator('#dashboard-title').waitFor();
  assert.equal(await page.locator('#dashboard-title').inputValue(), '门店经营看板');
  await pick(page, selectOf(page, 'dashboard-refresh'), '每 1 分钟');
  await page.getByTestId('save-dashboard').click();
  await page.waitForURL(/\/dashboards\/[0-9a-f-]{36}$/);
  await page.getByTestId('dashboard-refreshed-at').getByText('自动刷新：每 1 分钟').waitFor();
}

/** A widget whose report was deleted shows why in its place; the other widget still draws its bars. */
async function deletedReport(page: Page, owner: BrowserApi, saved: { dataset: string; reportId: string }, id: string): Promise<void> {
  const extra = await owner.post('/api/reports', { title: '即将删除的报表', dataset: saved.dataset, query: { measures: [{ op: 'count' }] }, chart: { type: 'kpi' } });
  await owner.patch(`/api/dashboards/${id}`, {
    widgets: [
      { key: 'w1', reportId: saved.reportId, x: 0, y: 0, w: 24, h: 9 },
      { key: 'w2', reportId: extra.id, x: 0, y: 9, w: 12, h: 6 },
    ],
  });
  await owner.delete(`/api/reports/${extra.id}`);
  await page.reload();
  await page.getByTestId('dashboard-widget-w2').getByTestId('widget-problem').waitFor();
  assert.match(await textOf(page.getByTestId('dashboard-widget-w2')), /组件无法显示.*\S/s);
  await page.getByTestId('dashboard-widget-w1').locator('svg text').filter({ hasText: /^重要客户$/ }).waitFor();
  await assertDashboardsTranslated(page, 'dashboard with a deleted report');
  await screenshot(page, 'dashboards-05-problem');
}

/** The list: the dashboard found by search, then 删除 after confirming; the empty state is back. */
async function deleteFromList(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/dashboards`);
  const row = page.locator('.ant-table-row').filter({ hasText: '门店经营看板' });
  await row.getByText('所有者').waitFor();
  await assertDashboardsTranslated(page, 'dashboards list');
  await screenshot(page, 'dashboards-08-list');
  await button(row, '删除').click();
  await button(page.locator('.ant-popconfirm').last(), '删除').click();
  await page.getByText('还没有数据看板').waitFor();
}

/** 从模板新建: 运营概览 copied under a title of our own opens with every widget; its forms widget draws this form. */
async function fromTemplate(page: Page, baseUrl: string, owner: BrowserApi): Promise<void> {
  const { items } = (await owner.get('/api/dashboard-templates')) as { items: { key: string; title: string; widgetCount: number }[] };
  const overview = items.find((template) => template.key === 'core.overview');
  assert.ok(overview, 'the core ships 运营概览');
  await page.goto(`${baseUrl}/dashboards`);
  await page.getByText('还没有数据看板').waitFor();
  await button(page, '从模板新建').first().click();
  const picker = page.getByTestId('template-picker');
  const card = picker.getByTestId('template-core.overview');
  await card.getByText(overview.title).waitFor();
  await card.getByText('系统内置').waitFor();
  await card.getByText(`${overview.widgetCount} 个组件`).waitFor();
  await card.click();
  assert.equal(await picker.getByLabel('看板名称').inputValue(), overview.title, 'the title starts as the template\'s');
  await picker.getByLabel('看板名称').fill('门店运营概览');
  await assertDashboardsTranslated(page, 'dashboard template picker');
  await screenshot(page, 'dashboards-09-templates');
  await button(picker, '使用模板').click();
  await page.waitForURL(/\/dashboards\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { name: '门店运营概览' }).waitFor();
  const widgets = page.locator('[data-testid^="dashboard-widget-"]');
  await widgets.first().waitFor();
  assert.equal(await widgets.count(), overview.widgetCount, 'a widget for each of the template\'s');
  const forms = widgets.filter({ hasText: '各表单提交与审核' });
  await forms.locator('svg text').filter({ hasText: /^门店拜访$/ }).waitFor();
  await assertDashboardsTranslated(page, 'dashboard from a template');
  await screenshot(page, 'dashboards-10-from-template');
}

/** A member invited through the API, who accepts in a request context of their own. */
async function invite(baseUrl: string, owner: BrowserApi, name: string) {
  const email = `member-${randomBytes(4).toString('hex')}@example.com`;
  const password = `Pw-${randomBytes(6).toString('hex')}`;
  const { token } = await owner.post('/api/invitations', { email, role: 'member' });
  const stranger = await playwrightRequest.newContext();
  const accepted = await stranger.post(`${baseUrl}/api/invitations/accept`, { data: { token, password, displayName: name } });
  assert.equal(accepted.status(), 200, await accepted.text());
  await stranger.dispose();
  return { email, password };
}

async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('邮箱或手机号').fill(email);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await button(page, '登录').click();
  await page.waitForURL('**/workbench');
}

/** A member may open dashboards but not manage them: no 新建, 编辑 or 删除 anywhere. */
async function asMember(page: Page, baseUrl: string, id: string): Promise<void> {
  await page.goto(`${baseUrl}/dashboards`);
  const row = page.locator('.ant-table-row').filter({ hasText: '门店经营看板' });
  await row.getByText('查看').waitFor();
  assert.equal(await row.getByText('编辑').count(), 0, 'no 编辑 for a member');
  assert.equal(await row.getByText('删除').count(), 0, 'no 删除 for a member');
  assert.equal(await button(page, '新建数据看板').count(), 0, 'no 新建 for a member');
  await page.goto(`${baseUrl}/dashboards/${id}`);
  await page.getByTestId('dashboard-widget-w1').waitFor();
  assert.equal(await button(page, '编辑').count(), 0, 'no 编辑 on the dashboard for a member');
  await assertDashboardsTranslated(page, 'dashboard as a member');
}

/** On a 390 px phone the widget takes the whole width and nothing scrolls sideways. */
async function onPhone(page: Page, baseUrl: string, id: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${baseUrl}/dashboards/${id}`);
  await page.getByTestId('dashboard-widget-w1').locator('svg text').filter({ hasText: /^重要客户$/ }).waitFor();
  const widths = await page.evaluate(() => ({ scroll: document.scrollingElement?.scrollWidth ?? 0, inner: window.innerWidth }));
  assert.ok(widths.scroll <= widths.inner, `no horizontal scrolling on a phone (${widths.scroll} > ${widths.inner})`);
  await screenshot(page, 'dashboards-06-phone');
  // the editor too: widgets stack instead of a grid too thin to drag on
  await page.goto(`${baseUrl}/dashboards/${id}/edit`);
  await page.getByTestId('editor-widget-w1').waitFor();
  const editor = await page.evaluate(() => ({ scroll: document.scrollingElement?.scrollWidth ?? 0, inner: window.innerWidth }));
  assert.ok(editor.scroll <= editor.inner, `no horizontal scrolling in the editor on a phone (${editor.scroll} > ${editor.inner})`);
  await screenshot(page, 'dashboards-06-phone-editor');
  await page.setViewportSize({ width: 1366, height: 860 });
}

export async function run(baseUrl: string): Promise<void> {
  const stamp = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const reportTitle = `拜访次数 ${stamp}`;
  const ownerEmail = `dashboards-${stamp}@example.com`;
  const ownerPassword = `Pw-${stamp}-x`;
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  page.setDefaultTimeout(15_000);
  const pageErrors = watchPageErrors(page);
  const consoleErrors: string[] = [];
  page.on('console', (entry) => {
    const url = entry.location().url;
    // failed requests count when they are the dashboards' own (the sign-in page and the shell answer for
    // theirs), except the save refused on purpose (a filter without a name)
    const isRequest = entry.text().startsWith('Failed to load resource');
    if (isRequest && !/\/api\/(?:dashboards|reports|datasets)/.test(url)) return;
    if (isRequest && url.endsWith('/api/dashboards') && entry.text().includes('400')) return;
    if (entry.type() === 'error') consoleErrors.push(`${entry.text()} (${url})`);
  });
  try {
    const response = await page.request.post(`${baseUrl}/api/auth/sign-up`, {
      data: { tenantName: `看板测试企业 ${stamp}`, displayName: '周经理', email: ownerEmail, password: ownerPassword },
    });
    assert.equal(response.status(), 201, `sign-up answered ${response.status()}: ${await response.text()}`);
    const owner = await browserApi(page.request, baseUrl);
    const saved = await setUp(owner, reportTitle);
    const member = await invite(baseUrl, owner, '门店小张');
    // no home dashboard yet: the workbench shows none
    await page.goto(`${baseUrl}/workbench`);
    await page.getByTestId('workbench-tenant-name').waitFor();
    await page.waitForLoadState('networkidle');
    assert.equal(await page.getByTestId('home-dashboard').count(), 0, 'no home dashboard without one');

    const id = await createDashboard(page, baseUrl, reportTitle);
    await drillDown(page, reportTitle);
    await editRefresh(page, reportTitle);
    await deletedReport(page, owner, saved, id);
    await onPhone(page, baseUrl, id);

    // made home for 所有者: the workbench shows it
    await page.goto(`${baseUrl}/workbench`);
    const home = page.getByTestId('home-dashboard');
    await home.getByText('门店经营看板').waitFor();
    await home.locator('svg text').filter({ hasText: /^重要客户$/ }).waitFor();
    await screenshot(page, 'dashboards-07-home');
    await signIn(page, baseUrl, member.email, member.password);
    await asMember(page, baseUrl, id);
    await signIn(page, baseUrl, ownerEmail, ownerPassword);
    await deleteFromList(page, baseUrl);
    await fromTemplate(page, baseUrl, owner);
    assert.deepEqual(pageErrors, [], 'no uncaught errors in the page');
    assert.deepEqual(consoleErrors, [], 'no errors in the console');
  } catch (error) {
    await screenshot(page, 'dashboards-failure').catch(() => undefined);
    throw error;
  } finally {
    await browser.close();
  }
}

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { APIRequestContext, Locator, Page } from 'playwright-core';
import { launchBrowser } from './launch-browser.ts';
import { assertChinesePage, screenshot, textOf, watchPageErrors } from './page-checks.ts';

// antd puts a space between the two characters of a Chinese button label (保 存), so match loosely.
const button = (within: Page | Locator, label: string) =>
  within.locator('button').filter({ hasText: new RegExp(`^\\s*${[...label].join('\\s*')}\\s*$`) });
const visibleOption = (page: Page, label: string) =>
  page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: label });

/** Opens an antd Select and picks the option labelled `label`. */
async function pick(page: Page, select: Locator, label: string): Promise<void> {
  await select.click();
  await visibleOption(page, label).first().click();
}

/** The bars ECharts drew (SVG paths in the chart's first colour), left to right. */
async function barsOf(chart: Locator): Promise<Locator[]> {
  const bars = chart.locator('svg path[fill="#1677ff"]');
  const boxes = await Promise.all((await bars.all()).map(async (bar) => ({ bar, box: await bar.boundingBox() })));
  return boxes
    .filter((entry) => entry.box !== null && entry.box.height > 1)
    .sort((a, b) => (a.box?.x ?? 0) - (b.box?.x ?? 0))
    .map((entry) => entry.bar);
}

async function waitForBars(chart: Locator, count: number): Promise<Locator[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const bars = await barsOf(chart);
    if (bars.length === count) return bars;
    if (Date.now() > deadline) throw new Error(`expected ${count} bars, the chart shows ${bars.length}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The rows of a result table as the texts of their cells. */
async function tableRows(table: Locator): Promise<string[][]> {
  return table.locator('.ant-table-row').evaluateAll((rows) =>
    rows.map((row) => Array.from(row.querySelectorAll('td'), (cell) => (cell.textContent ?? '').trim())),
  );
}

/** The page must not show a `reports.` key that was not translated (page-checks knows the other prefixes). */
async function assertReportsTranslated(page: Page, where: string): Promise<void> {
  await assertChinesePage(page, where);
  const text = await page.locator('body').innerText();
  assert.doesNotMatch(text, /\breports\.[a-z][a-z0-9-]*\.[a-z0-9.-]+/, `${where}: untranslated reports key`);
}

/** The JSON API as the browser's signed-in user (cookie from the context, CSRF token from the session). */
async function api(request: APIRequestContext, baseUrl: string) {
  const session = await (await request.get(`${baseUrl}/api/auth/session`)).json();
  const headers = { 'x-csrf-token': session.csrfToken as string };
  return {
    async post(path: string, data: object = {}) {
      const response = await request.post(`${baseUrl}${path}`, { data, headers });
      assert.ok(response.ok(), `POST ${path} answered ${response.status()}: ${await response.text()}`);
      return response.status() === 204 ? {} : response.json();
    },
  };
}

/** A published visit form (客户等级 from an option set, 箱数 a number) with three key-account and two regular visits. */
async function setUpVisits(owner: Awaited<ReturnType<typeof api>>, title: string): Promise<string> {
  await owner.post('/api/option-sets', { key: 'visit-levels', name: { 'zh-CN': '客户等级', 'en-US': 'Customer levels' } });
  await owner.post('/api/option-sets/visit-levels/options', { value: 'vip', label: { 'zh-CN': '重要客户', 'en-US': 'Key account' } });
  await owner.post('/api/option-sets/visit-levels/options', { value: 'normal', label: { 'zh-CN': '普通客户', 'en-US': 'Regular' } });
  const form = await owner.post('/api/forms', {
    title,
    schema: {
      type: 'object',
      required: ['store', 'level', 'boxes'],
      properties: {
        store: { type: 'string', title: '门店' },
        level: { type: 'string', title: '客户等级', 'x-options': 'visit-levels' },
        boxes: { type: 'integer', title: '订货箱数', minimum: 0 },
      },
    },
  });
  await owner.post(`/api/forms/${form.id}/publish`);
  for (const [store, level, boxes] of [
    ['南京西路店', 'vip', 10],
    ['徐家汇店', 'vip', 20],
    ['陆家嘴店', 'vip', 30],
    ['五角场店', 'normal', 5],
    ['七宝店', 'normal', 7],
  ] as const) {
    await owner.post(`/api/forms/${form.id}/submissions`, { data: { store, level, boxes } });
  }
  return String(form.id);
}

/** Drags a dataset field onto a drop slot of the builder with the mouse, as a person does. */
async function dragField(page: Page, field: string, slot: string): Promise<void> {
  const source = await page.getByTestId(`field-${field}`).boundingBox();
  const target = await page.getByTestId(`slot-${slot}`).boundingBox();
  assert.ok(source && target, 'the field and the slot are on the page');
  await page.mouse.move(source.x + 40, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(source.x + 52, source.y + source.height / 2 + 12, { steps: 4 });
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 16 });
  await page.mouse.up();
}

/** 新建报表: the form's submissions by 客户等级, counted, as a bar chart; the preview draws the bars; saved. */
async function buildReport(page: Page, baseUrl: string, formTitle: string): Promise<string> {
  await page.goto(`${baseUrl}/reports`);
  await page.locator('.ant-layout-sider').getByText('报表', { exact: true }).waitFor();
  await page.getByText('还没有报表').waitFor();
  await assertReportsTranslated(page, 'reports list empty');
  await screenshot(page, 'reports-01-empty');

  await page.getByRole('button', { name: '新建报表' }).first().click();
  await page.waitForURL('**/reports/new');
  await page.getByText('选择数据集并添加至少一个指标后，这里显示预览。').waitFor();
  await pick(page, page.getByTestId('dataset-select'), formTitle);
  await page.getByTestId('field-data.level').waitFor();
  await dragField(page, 'data.level', 'dimensions');
  await page.getByTestId('dimension-0').getByText('客户等级').waitFor();
  await button(page, '添加记录数').click();
  await page.getByTestId('measure-0').getByText('记录数').waitFor();

  const preview = page.getByTestId('report-preview');
  const bars = await waitForBars(preview, 2);
  const [regular, key] = await Promise.all(bars.map((bar) => bar.boundingBox()));
  assert.ok(regular && key && key.height > regular.height, 'three key-account visits stand taller than two regular ones');
  await preview.getByText('重要客户').first().waitFor();

  await page.getByLabel('报表标题').fill('各等级客户拜访次数');
  await assertReportsTranslated(page, 'builder');
  await screenshot(page, 'reports-02-builder');
  await button(page, '保存报表').click();
  await page.getByText('报表已保存').waitFor();
  await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
  return /\/reports\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
}

/** 查看报表: both levels with their counts; clicking the key-account bar drills into its visits by 订货箱数. */
async function drillDown(page: Page, baseUrl: string, reportId: string): Promise<void> {
  const chart = page.getByTestId('report-view-chart');
  const table = page.getByTestId('report-result-table');
  await page.getByRole('heading', { name: '各等级客户拜访次数' }).waitFor();
  await table.locator('.ant-table-row').first().waitFor();
  assert.deepEqual(await tableRows(table), [
    ['普通客户', '2'],
    ['重要客户', '3'],
  ]);
  await assertReportsTranslated(page, 'report view');
  await screenshot(page, 'reports-03-view');

  await pick(page, page.getByTestId('drill-next'), '订货箱数');
  const [, keyAccounts] = await waitForBars(chart, 2);
  assert.ok(keyAccounts, 'the key-account bar is drawn');
  await keyAccounts.click();
  await page.getByTestId('drill-current').getByText('重要客户').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="report-result-table"] .ant-table-row').length === 3);
  assert.deepEqual(await tableRows(table), [
    ['10', '1'],
    ['20', '1'],
    ['30', '1'],
  ]);
  assert.match(await textOf(table.locator('thead')), /订货箱数/);
  await waitForBars(chart, 3);
  await assertReportsTranslated(page, 'drilled view');
  await screenshot(page, 'reports-04-drilled');

  // 导出 exports what is shown: the key accounts' visits by 订货箱数
  await button(page, '导出').click();
  const download = page.waitForEvent('download', { timeout: 30_000 });
  await page.getByRole('menuitem', { name: '导出 CSV' }).click();
  const file = await download;
  assert.match(file.suggestedFilename(), /\.csv$/);
  const csv = (await readFile(await file.path(), 'utf8')).replace(/^\uFEFF/, '');
  const lines = csv.trim().split(/\r?\n/);
  assert.match(lines[0] ?? '', /订货箱数/, `the CSV header names the drilled dimension: ${lines[0]}`);
  assert.equal(lines.length, 4, `a header and the three drilled rows:\n${csv}`);
  await page.getByText('导出完成，已开始下载').waitFor();

  await page.getByTestId('drill-up-0').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="report-result-table"] .ant-table-row').length === 2);
  assert.deepEqual(await tableRows(table), [
    ['普通客户', '2'],
    ['重要客户', '3'],
  ]);

  // the list finds the saved report; on a phone the view still fits the screen
  await page.goto(`${baseUrl}/reports`);
  await page.getByTestId('reports-table').getByText('各等级客户拜访次数').waitFor();
  await page.getByTestId('reports-table').getByText('柱状图').waitFor();
  await assertReportsTranslated(page, 'reports list');
  await screenshot(page, 'reports-05-list');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${baseUrl}/reports/${reportId}`);
  await waitForBars(chart, 2);
  const widths = await page.evaluate(() => ({ scroll: document.scrollingElement?.scrollWidth ?? 0, inner: window.innerWidth }));
  assert.ok(widths.scroll <= widths.inner, `no horizontal scrolling on a phone (${widths.scroll} > ${widths.inner})`);
  await screenshot(page, 'reports-06-phone');
  await page.setViewportSize({ width: 1366, height: 860 });
}

/** 编辑 turns the bars into a pie; 删除 asks first, then the list is empty again. */
async function editAndDelete(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/reports`);
  const row = page.getByTestId('reports-table').locator('.ant-table-row').filter({ hasText: '各等级客户拜访次数' });
  await row.getByText('编辑').click();
  await page.waitForURL('**/reports/*/edit');
  assert.equal(await page.getByLabel('报表标题').inputValue(), '各等级客户拜访次数');
  await waitForBars(page.getByTestId('report-preview'), 2);
  await page.getByTestId('chart-type').getByText('饼图').click();
  await page.getByTestId('report-preview').getByText('60%', { exact: true }).waitFor();
  await assertReportsTranslated(page, 'builder editing');
  await button(page, '保存报表').click();
  await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
  await page.getByTestId('report-view-chart').getByText('40%', { exact: true }).waitFor();

  await page.goto(`${baseUrl}/reports`);
  await row.getByText('饼图').waitFor();
  await row.getByText('删除').click();
  await page.locator('.ant-popover').getByText('删除报表「各等级客户拜访次数」？').waitFor();
  await button(page.locator('.ant-popover'), '删除').click();
  await page.getByText('报表已删除').waitFor();
  await page.getByText('还没有报表').waitFor();
}

export async function run(baseUrl: string): Promise<void> {
  const stamp = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const formTitle = `门店拜访 ${stamp}`;
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  page.setDefaultTimeout(15_000);
  const pageErrors = watchPageErrors(page);
  const consoleErrors: string[] = [];
  page.on('console', (entry) => {
    // the browser asks for /favicon.ico on its own; the app serves none, which is not the page's error
    if (entry.type() === 'error' && !entry.location().url.endsWith('/favicon.ico')) consoleErrors.push(`${entry.text()} (${entry.location().url})`);
  });
  try {
    const response = await page.request.post(`${baseUrl}/api/auth/sign-up`, {
      data: { tenantName: `报表测试企业 ${stamp}`, displayName: '周经理', email: `reports-${stamp}@example.com`, password: `Pw-${stamp}-x` },
    });
    assert.equal(response.status(), 201, `sign-up answered ${response.status()}: ${await response.text()}`);
    const owner = await api(page.request, baseUrl);
    await setUpVisits(owner, formTitle);

    const reportId = await buildReport(page, baseUrl, formTitle);
    await drillDown(page, baseUrl, reportId);
    await editAndDelete(page, baseUrl);
    assert.deepEqual(pageErrors, [], 'no uncaught errors in the page');
    assert.deepEqual(consoleErrors, [], 'no errors in the console');
  } catch (error) {
    await screenshot(page, 'reports-failure').catch(() => undefined);
    throw error;
  } finally {
    await browser.close();
  }
}

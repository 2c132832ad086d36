import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { browserApi, type BrowserApi, button, pick, tableRows } from './browser-helpers.ts';
import { launchBrowser } from './launch-browser.ts';
import { assertChinesePage, screenshot, textOf, watchPageErrors } from './page-checks.ts';


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

/** The page must not show a `reports.` key that was not translated (page-checks knows the other prefixes). */
async function assertReportsTranslated(page: Page, where: string): Promise<void> {
  await assertChinesePage(page, where);
  const text = await page.locator('body').innerText();
  assert.doesNotMatch(text, /\breports\.[a-z][a-z0-9-]*\.[a-z0-9.-]+/, `${where}: untranslated reports key`);
}

/** The visits the test submits: store, customer level, boxes ordered and boxes targeted. */
const visits: [store: string, level: 'vip' | 'normal', boxes: number, target: number][] = [
  ['南京西路店', 'vip', 10, 20],
  ['徐家汇店', 'vip', 20, 20],
  ['陆家嘴店', 'vip', 30, 40],
  ['五角场店', 'normal', 5, 10],
  ['七宝店', 'normal', 7, 10],
];
const levelLabels = { vip: '重要客户', normal: '普通客户' } as const;
const visitsOf = (level: 'vip' | 'normal') => visits.filter((visit) => visit[1] === level);

/** Boxes ordered over boxes targeted as the report shows it: a percentage with one decimal. */
function fillRate(level: 'vip' | 'normal'): string {
  const [boxes, target] = visitsOf(level).reduce(([b, t], visit) => [b + visit[2], t + visit[3]], [0, 0]);
  return `${((boxes / target) * 100).toFixed(1)}%`;
}

/** A published visit form (客户等级 from an option set, 箱数 numbers) with three key-account and two regular visits. */
async function setUpVisits(owner: BrowserApi, title: string): Promise<string> {
  await owner.post('/api/option-sets', { key: 'visit-levels', name: { 'zh-CN': '客户等级', 'en-US': 'Customer levels' } });
  await owner.post('/api/option-sets/visit-levels/options', { value: 'vip', label: { 'zh-CN': '重要客户', 'en-US': 'Key account' } });
  await owner.post('/api/option-sets/visit-levels/options', { value: 'normal', label: { 'zh-CN': '普通客户', 'en-US': 'Regular' } });
  const form = await owner.post('/api/forms', {
    title,
    schema: {
      type: 'object',
      required: ['store', 'level', 'boxes', 'target'],
      properties: {
        store: { type: 'string', title: '门店' },
        level: { type: 'string', title: '客户等级', 'x-options': 'visit-levels' },
        boxes: { type: 'integer', title: '订货箱数', minimum: 0 },
        target: { type: 'integer', title: '目标箱数', minimum: 1 },
      },
    },
  });
  await owner.post(`/api/forms/${form.id}/publish`);
  for (const [store, level, boxes, target] of visits) {
    await owner.post(`/api/forms/${form.id}/submissions`, { data: { store, level, boxes, target } });
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

/** 查看明细: the records drawer lists exactly the given visits, each with its level's label and its submission time. */
async function assertRecords(page: Page, expected: typeof visits, path: string, shot: string): Promise<void> {
  await button(page, '查看明细').click();
  const drawer = page.getByTestId('records-drawer');
  await drawer.getByTestId('records-path').getByText(`范围：${path}`).waitFor();
  await drawer.getByText(`共 ${expected.length} 条`).waitFor();
  const table = drawer.getByTestId('records-table');
  const header = (await table.locator('thead th').allTextContents()).map((title) => title.trim());
  const [storeAt, levelAt, boxesAt, timeAt] = ['门店', '客户等级', '订货箱数', '提交时间'].map((title) => header.indexOf(title));
  const rows = await tableRows(table);
  assert.equal(rows.length, expected.length, `one row per visit: ${JSON.stringify(rows)}`);
  assert.deepEqual(
    rows.map((row) => [row[storeAt ?? -1], row[levelAt ?? -1], row[boxesAt ?? -1]]).sort(),
    expected.map(([store, level, boxes]) => [store, levelLabels[level], String(boxes)]).sort(),
  );
  for (const row of rows) assert.match(row[timeAt ?? -1] ?? '', /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/, 'submission times on the company clock');
  await assertReportsTranslated(page, `records of ${path}`);
  await screenshot(page, shot);
  await drawer.locator('.ant-drawer-close').click();
  await drawer.waitFor({ state: 'detached' });
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
  await assertRecords(page, visits, '全部', 'reports-03-records');

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
  // the records behind the drilled view: the key accounts' visits only
  await assertRecords(page, visitsOf('vip'), `全部 › ${levelLabels.vip}`, 'reports-04-drilled-records');

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

/** 从模板新建: the picker shows the core's templates; 各表单提交与审核 copied under its own title opens drawing this form's visits. */
async function fromTemplate(page: Page, baseUrl: string, formTitle: string): Promise<void> {
  await page.goto(`${baseUrl}/reports`);
  await page.getByText('还没有报表').waitFor();
  await button(page, '从模板新建').first().click();
  const picker = page.getByTestId('template-picker');
  const card = picker.getByTestId('template-core.submissions-by-form');
  await card.getByText('各表单提交与审核').waitFor();
  await card.getByText('系统内置').waitFor();
  await card.getByText('全部表单提交').waitFor();
  await card.getByText('柱状图').waitFor();
  await card.click();
  assert.equal(await picker.getByLabel('报表标题').inputValue(), '各表单提交与审核', 'the title starts as the template\'s');
  await assertReportsTranslated(page, 'template picker');
  await screenshot(page, 'reports-07-templates');
  await button(picker, '使用模板').click();
  await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { name: '各表单提交与审核' }).waitFor();
  // one form whose visits are all in one status: one bar, and one row counting every visit
  await waitForBars(page.getByTestId('report-view-chart'), 1);
  const table = page.getByTestId('report-result-table');
  await table.locator('.ant-table-row').first().waitFor();
  const rows = await tableRows(table);
  assert.equal(rows.length, 1, `one group: ${JSON.stringify(rows)}`);
  assert.equal(rows[0]?.[0], formTitle);
  assert.equal(rows[0]?.at(-1), String(visits.length));
  await assertReportsTranslated(page, 'report from a template');
  await screenshot(page, 'reports-08-from-template');
}

/** 比率: 订货箱数 divided by 目标箱数 for each level, as percentages in the preview (table and bar axis), saved and shown again. */
async function ratioReport(page: Page, baseUrl: string, formTitle: string): Promise<void> {
  const expected = [
    [levelLabels.normal, fillRate('normal')],
    [levelLabels.vip, fillRate('vip')],
  ];
  await page.goto(`${baseUrl}/reports/new`);
  await pick(page, page.getByTestId('dataset-select'), formTitle);
  await page.getByTestId('field-data.level').getByRole('button', { name: '加入维度' }).click();
  await page.getByTestId('field-data.boxes').getByRole('button', { name: '加入指标' }).click();
  const measure = page.getByTestId('measure-0');
  await pick(page, measure.locator('.ant-select').first(), '比率');
  await pick(page, page.getByTestId('measure-0-over'), '目标箱数');
  await page.getByTestId('chart-type').getByText('表格').click();
  const preview = page.getByTestId('report-preview');
  await preview.getByText(fillRate('vip'), { exact: true }).waitFor();
  assert.deepEqual(await tableRows(preview.getByTestId('report-result-table')), expected);
  assert.match(await textOf(preview.locator('thead')), /订货箱数 \/ 目标箱数/);
  await page.getByTestId('chart-type').getByText('柱状图').click();
  await waitForBars(preview, expected.length);
  await preview.locator('svg text').filter({ hasText: /^\d+(\.\d)?%$/ }).first().waitFor();
  await assertReportsTranslated(page, 'ratio in the builder');
  await screenshot(page, 'reports-09-ratio');

  await page.getByLabel('报表标题').fill('各等级订货完成率');
  await button(page, '保存报表').click();
  await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
  const table = page.getByTestId('report-result-table');
  await table.getByText(fillRate('vip'), { exact: true }).waitFor();
  assert.deepEqual(await tableRows(table), expected);
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
    const owner = await browserApi(page.request, baseUrl);
    await setUpVisits(owner, formTitle);

    const reportId = await buildReport(page, baseUrl, formTitle);
    await drillDown(page, baseUrl, reportId);
    await editAndDelete(page, baseUrl);
    await fromTemplate(page, baseUrl, formTitle);
    await ratioReport(page, baseUrl, formTitle);
    assert.deepEqual(pageErrors, [], 'no uncaught errors in the page');
    assert.deepEqual(consoleErrors, [], 'no errors in the console');
  } catch (error) {
    await screenshot(page, 'reports-failure').catch(() => undefined);
    throw error;
  } finally {
    await browser.close();
  }
}

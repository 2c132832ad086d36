import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { browserApi, type BrowserApi, button, pick, tableRows, visibleOption } from './browser-helpers.ts';
import { launchBrowser } from './launch-browser.ts';
import { assertChinesePage, screenshot, textOf, watchPageErrors } from './page-checks.ts';

/** The open drawer whose title starts with `title`. */
const drawer = (page: Page, title: string) =>
  page.locator('.ant-drawer-open .ant-drawer-section').filter({ has: page.locator('.ant-drawer-title').filter({ hasText: title }) });
/** The form item labelled `label` (its control, its hint and its errors). */
const formItem = (within: Locator, label: string) =>
  within.locator('.ant-form-item').filter({ has: within.page().locator('.ant-form-item-label label').filter({ hasText: new RegExp(`^${label}$`) }) });
const dateTime = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;

/** A table row as the texts of its cells. */
function rowCells(row: Locator): Promise<string[]> {
  return row.evaluate((element) => Array.from(element.querySelectorAll('td'), (cell) => (cell.textContent ?? '').trim()));
}

/** The page must not show a `reportSchedules.` key that was not translated (page-checks knows the other prefixes). */
async function assertSchedulesTranslated(page: Page, where: string): Promise<void> {
  await assertChinesePage(page, where);
  const text = await page.locator('body').innerText();
  assert.doesNotMatch(text, /\breport(?:Schedules|s)\.[a-z][a-zA-Z0-9-]*(?:\.[a-z0-9-]+)*/, `${where}: untranslated key`);
}

/** A published visit form with three visits and a saved report counting them by 客户等级. */
async function setUpReport(owner: BrowserApi, formTitle: string, reportTitle: string): Promise<string> {
  const form = await owner.post('/api/forms', {
    title: formTitle,
    schema: {
      type: 'object',
      required: ['store', 'level'],
      properties: { store: { type: 'string', title: '门店' }, level: { type: 'string', title: '客户等级' } },
    },
  });
  await owner.post(`/api/forms/${form.id}/publish`);
  for (const [store, level] of [
    ['南京西路店', '重要客户'],
    ['徐家汇店', '重要客户'],
    ['七宝店', '普通客户'],
  ]) {
    await owner.post(`/api/forms/${form.id}/submissions`, { data: { store, level } });
  }
  const report = await owner.post('/api/reports', {
    title: reportTitle,
    dataset: `form.${form.id}`,
    query: { dimensions: [{ field: 'data.level' }], measures: [{ op: 'count' }] },
    chart: { type: 'table' },
  });
  return String(report.id);
}

/** 定时推送 from the report: the empty list, then 新建定时推送 — refused without recipients, saved with them. */
async function createWeekly(page: Page, baseUrl: string, reportId: string, reportTitle: string, ownerEmail: string): Promise<Locator> {
  await page.goto(`${baseUrl}/reports/${reportId}`);
  await page.getByRole('heading', { name: reportTitle }).waitFor();
  await page.getByTestId('report-schedules').click();
  const list = drawer(page, `定时推送 · ${reportTitle}`);
  await list.getByText('这张报表还没有定时推送').waitFor();
  await list.getByText('推送时间按企业时区（Asia/Shanghai）计算').waitFor();
  await assertSchedulesTranslated(page, 'schedules empty');
  await screenshot(page, 'report-schedules-01-empty');

  await button(list.locator('.ant-drawer-extra'), '新建定时推送').click();
  const form = drawer(page, '新建定时推送');
  await form.getByText('按企业时区（Asia/Shanghai）计算').waitFor();
  await form.getByTestId('schedule-frequency').getByText('每周', { exact: true }).click();
  await pick(page, formItem(form, '星期').locator('.ant-select'), '周三');
  const time = form.getByLabel('推送时间');
  await time.click();
  await time.fill('09:30');
  await time.press('Enter');
  await form.getByTestId('schedule-format').getByText('CSV', { exact: true }).click();

  // nobody to deliver to: the server refuses, and says so under the members
  await form.getByTestId('schedule-save').click();
  await formItem(form, '接收成员').getByText('至少需要一位接收人（成员或邮箱）。').waitFor();
  await page.getByTestId('problem-message').waitFor();
  await assertSchedulesTranslated(page, 'schedule form refused');
  await screenshot(page, 'report-schedules-02-refused');

  // an address that is not one is caught as it is typed
  const emails = formItem(form, '其他邮箱');
  await emails.locator('.ant-select').click();
  await page.keyboard.type('finance');
  await page.keyboard.press('Enter');
  await emails.getByText('不是有效的邮箱地址：finance').waitFor();
  await emails.locator('.ant-select-selection-item').filter({ hasText: /^finance$/ }).locator('.ant-select-selection-item-remove').click();
  await emails.locator('.ant-select').click();
  await page.keyboard.type('finance@example.com');
  await page.keyboard.press('Enter');
  // a click outside closes the dropdown (Escape would close the drawer)
  await form.locator('.ant-drawer-title').click();
  await emails.locator('.ant-select-selection-item').filter({ hasText: 'finance@example.com' }).waitFor();
  await emails.locator('.ant-form-item-explain-error').waitFor({ state: 'detached' });
  // with an address to deliver to, the members' problem is gone
  await formItem(form, '接收成员').locator('.ant-form-item-explain-error').waitFor({ state: 'detached' });

  await pick(page, formItem(form, '接收成员').locator('.ant-select'), `周经理 (${ownerEmail})`);
  await form.locator('.ant-drawer-title').click();
  await screenshot(page, 'report-schedules-03-form');
  await form.getByTestId('schedule-save').click();
  await page.getByText('定时推送已创建').waitFor();
  await form.waitFor({ state: 'detached' });

  const row = list.getByTestId('schedules-table').locator('.ant-table-row').filter({ hasText: '每周三 09:30' });
  await row.getByText('尚未运行').waitFor();
  const [when, format, recipients, , nextRun] = await rowCells(row);
  assert.equal(when, '每周三 09:30');
  assert.equal(format, 'CSV');
  assert.match(recipients ?? '', /周经理.*finance@example\.com/);
  assert.match(nextRun ?? '', dateTime, `the next run is shown: ${nextRun}`);
  const [year, month, day, hours] = (nextRun ?? '').split(/[- :]/).map(Number);
  assert.equal(new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)).getUTCDay(), 3, `the next run falls on a Wednesday: ${nextRun}`);
  assert.equal(hours, 9);
  assert.equal(await row.getByRole('switch').getAttribute('aria-checked'), 'true');
  await assertSchedulesTranslated(page, 'schedules list');
  await screenshot(page, 'report-schedules-04-list');
  return row;
}

/** 立即执行: queued, then the run shows in 运行记录 (the drawer reads it again until it does), with its file. */
async function runNow(page: Page, row: Locator): Promise<void> {
  await button(row, '立即执行').click();
  await button(page.locator('.ant-popconfirm'), '立即执行').click();
  await page.getByText('已加入执行队列，可在运行记录中查看结果').waitFor();
  await row.getByText('排队中').waitFor();

  await button(row, '运行记录').click();
  const history = drawer(page, '运行记录 · 每周三 09:30');
  const runs = history.getByTestId('schedule-runs-table');
  await runs.locator('.ant-table-row').filter({ hasText: '已送达' }).waitFor({ timeout: 60_000 });
  const [cells] = await tableRows(runs);
  assert.ok(cells, 'the run is listed');
  const [status, scheduledFor, startedAt, finishedAt, attempts, file, messages] = cells;
  assert.equal(status, '已送达');
  for (const at of [scheduledFor, startedAt, finishedAt]) assert.match(at ?? '', dateTime);
  assert.equal(attempts, '1');
  assert.equal(file, '下载');
  assert.equal(messages, '1', 'the one member recipient got a message');
  await assertSchedulesTranslated(page, 'run history');
  await screenshot(page, 'report-schedules-05-runs');

  const download = page.waitForEvent('download');
  await runs.getByTestId('schedule-run-file').click();
  const csv = (await readFile(await (await download).path(), 'utf8')).replace(/^\uFEFF/, '');
  assert.match(csv, /客户等级/, `the delivered file is the report: ${csv}`);
  assert.match(csv, /重要客户,2/);

  await history.locator('.ant-drawer-close').click();
  await history.waitFor({ state: 'detached' });
  await row.getByText('已送达').waitFor();
}

/** 编辑 shows the saved values and makes it monthly; the switch turns it off; 删除 asks, then the list is empty. */
async function editToggleDelete(page: Page, reportTitle: string, row: Locator): Promise<void> {
  await button(row, '编辑').click();
  const form = drawer(page, '编辑定时推送');
  assert.equal(await form.getByLabel('推送时间').inputValue(), '09:30');
  await formItem(form, '星期').getByText('周三').waitFor();
  await form.getByTestId('schedule-frequency').getByText('每月', { exact: true }).click();
  await formItem(form, '日期').locator('.ant-select').click();
  await page.keyboard.type('15');
  await visibleOption(page, '15 日').click();
  await form.getByTestId('schedule-save').click();
  await page.getByText('定时推送已保存').waitFor();
  await form.waitFor({ state: 'detached' });

  const list = drawer(page, `定时推送 · ${reportTitle}`);
  const monthly = list.getByTestId('schedules-table').locator('.ant-table-row').filter({ hasText: '每月 15 日 09:30' });
  await monthly.getByRole('switch').click();
  await page.getByText('定时推送已停用').waitFor();
  assert.equal(await monthly.getByRole('switch').getAttribute('aria-checked'), 'false');
  await monthly.getByText('已停用', { exact: true }).waitFor();
  await assertSchedulesTranslated(page, 'schedule disabled');
  await screenshot(page, 'report-schedules-06-disabled');

  await button(monthly, '删除').click();
  await page.locator('.ant-popconfirm').getByText('删除这个定时推送？').waitFor();
  await button(page.locator('.ant-popconfirm'), '删除').click();
  await page.getByText('定时推送已删除').waitFor();
  await list.getByText('这张报表还没有定时推送').waitFor();
  assert.match(await textOf(list), /新建定时推送/);
}

export async function run(baseUrl: string): Promise<void> {
  const stamp = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const ownerEmail = `schedules-${stamp}@example.com`;
  const reportTitle = `客户拜访周报 ${stamp}`;
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  page.setDefaultTimeout(15_000);
  const pageErrors = watchPageErrors(page);
  const consoleErrors: string[] = [];
  page.on('console', (entry) => {
    const url = entry.location().url;
    // the browser asks for /favicon.ico on its own; the save without recipients is refused on purpose
    if (url.endsWith('/favicon.ico')) return;
    if (url.endsWith('/api/report-schedules') && entry.text().includes('400')) return;
    if (entry.type() === 'error') consoleErrors.push(`${entry.text()} (${url})`);
  });
  try {
    const response = await page.request.post(`${baseUrl}/api/auth/sign-up`, {
      data: { tenantName: `推送测试企业 ${stamp}`, displayName: '周经理', email: ownerEmail, password: `Pw-${stamp}-x` },
    });
    assert.equal(response.status(), 201, `sign-up answered ${response.status()}: ${await response.text()}`);
    const owner = await browserApi(page.request, baseUrl);
    const reportId = await setUpReport(owner, `门店拜访 ${stamp}`, reportTitle);

    const row = await createWeekly(page, baseUrl, reportId, reportTitle, ownerEmail);
    await runNow(page, row);
    await editToggleDelete(page, reportTitle, row);
    assert.deepEqual(pageErrors, [], 'no uncaught errors in the page');
    assert.deepEqual(consoleErrors, [], 'no errors in the console');
  } catch (error) {
    await screenshot(page, 'report-schedules-failure').catch(() => undefined);
    throw error;
  } finally {
    await browser.close();
  }
}

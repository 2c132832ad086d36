import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { APIRequestContext, Locator, Page } from 'playwright-core';
import { launchBrowser } from './launch-browser.ts';
import { assertChinesePage, screenshot, textOf, watchPageErrors } from './page-checks.ts';

// antd puts a space between the two characters of a Chinese button label (保 存), so match loosely.
const button = (within: Page | Locator, label: string) =>
  within.locator('button').filter({ hasText: new RegExp(`^\\s*${[...label].join('\\s*')}\\s*$`) });
const drawer = (page: Page) => page.locator('.ant-drawer-open .ant-drawer-section');
const announcementsPath = '/m/announcements/announcements';
const settingsPath = '/settings/custom-fields';

/** The error shown under an input: `input` is matched inside each form item, so it is a page-level locator. */
const errorUnder = (within: Page | Locator, input: Locator) =>
  within.locator('.ant-form-item').filter({ has: input }).last().locator('.ant-form-item-explain-error');

/** The JSON API as the browser's signed-in user (cookie from the context, CSRF token from the session). */
async function api(request: APIRequestContext, baseUrl: string) {
  const session = await (await request.get(`${baseUrl}/api/auth/session`)).json();
  const headers = { 'x-csrf-token': session.csrfToken as string };
  return async (path: string, data: object = {}, method: 'POST' | 'PATCH' = 'POST') => {
    const response = await request.fetch(`${baseUrl}${path}`, { method, data, headers });
    assert.ok(response.ok(), `${method} ${path} answered ${response.status()}: ${await response.text()}`);
    return response.status() === 204 ? {} : response.json();
  };
}

async function pickType(page: Page, label: string): Promise<void> {
  await drawer(page).getByTestId('custom-field-type').click();
  await page.locator('.ant-select-item-option').filter({ hasText: label }).click();
}

/** The rows' names in the field table, top to bottom. */
async function fieldTitles(page: Page): Promise<string[]> {
  const rows = page.getByTestId('custom-field-table').locator('.ant-table-row');
  return (await rows.locator('td:first-child').allInnerTexts()).map((text) => text.split('\n')[0]?.trim() ?? '');
}

/** 负责门店 (a store code) and 优先级 (integer 1–5) on 通告, the second after the server refused its bounds. */
async function addFields(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}${settingsPath}`);
  await page.getByTestId('custom-resource-announcements.announcements').waitFor();
  await page.getByText('「通告」还没有自定义字段').waitFor();
  await assertChinesePage(page, 'custom fields empty');
  await screenshot(page, 'custom-fields-01-empty');

  await button(page, '新建字段').first().click();
  await drawer(page).getByLabel('名称（中文）').fill('负责门店');
  const key = drawer(page).getByLabel('编码');
  assert.equal(await key.inputValue(), 'field1', 'a key is suggested');
  await key.fill('Store-1');
  await errorUnder(drawer(page), page.getByLabel('编码')).filter({ hasText: '编码以小写字母开头' }).waitFor();
  await key.fill('store');
  await drawer(page).getByLabel('最多字数').fill('20');
  await drawer(page).getByLabel('格式（正则表达式）').fill('^[A-Z]{2}\\d{3}$');
  await drawer(page).getByLabel('说明（中文）').fill('门店编码，如 SH001');
  await drawer(page).getByTestId('custom-field-save').click();
  await page.getByTestId('custom-field-table').getByText('负责门店').waitFor();

  await button(page, '新建字段').first().click();
  await drawer(page).getByLabel('名称（中文）').fill('优先级');
  await drawer(page).getByLabel('编码').fill('priority');
  await pickType(page, '整数');
  const minimum = drawer(page).getByLabel('最小值');
  await minimum.fill('5');
  await drawer(page).getByLabel('最大值').fill('1');
  await drawer(page).getByTestId('custom-field-save').click();
  await errorUnder(drawer(page), page.getByLabel('最小值')).filter({ hasText: '最小值不能大于最大值' }).waitFor();
  await assertChinesePage(page, 'custom field drawer with a problem');
  await screenshot(page, 'custom-fields-02-drawer-problem');
  await minimum.fill('1');
  await drawer(page).getByLabel('最大值').fill('5');
  await drawer(page).getByTestId('custom-field-save').click();
  await page.getByTestId('custom-field-table').getByText('优先级').waitFor();
  assert.deepEqual(await fieldTitles(page), ['负责门店', '优先级']);

  await page.getByRole('button', { name: '下移「负责门店」' }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid="custom-field-table"] .ant-table-row td')?.textContent?.startsWith('优先级'));
  assert.deepEqual(await fieldTitles(page), ['优先级', '负责门店']);
  assert.match(await textOf(page.getByTestId('custom-resource-announcements.announcements')), /2/, 'the count shows two fields');

  const priorityRow = page.getByTestId('custom-field-table').locator('.ant-table-row').filter({ hasText: '优先级' });
  await button(priorityRow, '编辑').click();
  assert.equal(await drawer(page).getByLabel('编码').isDisabled(), true, 'the key is fixed once saved');
  assert.equal(await drawer(page).getByLabel('最大值').inputValue(), '5');
  await drawer(page).getByLabel('名称（英文）').fill('Priority');
  await drawer(page).getByTestId('custom-field-save').click();
  await page.getByText('已保存字段「优先级」').waitFor();
  await assertChinesePage(page, 'custom fields table');
  await screenshot(page, 'custom-fields-03-table');
}

/** 新建通告 with both fields: a store that does not fit the field's format is refused under its input first. */
async function createAnnouncement(page: Page, baseUrl: string, title: string): Promise<void> {
  await page.goto(`${baseUrl}${announcementsPath}`);
  await page.getByRole('button', { name: /新\s*建/ }).first().click();
  await page.waitForURL(`**${announcementsPath}/new`);
  const form = page.locator('.tessera-schema-form');
  await form.getByText('自定义字段', { exact: true }).waitFor();
  await page.locator('#root_title').fill(title);
  const store = page.locator('#root_custom_store');
  await store.fill('上海一店');
  await page.locator('#root_custom_priority').fill('4');
  await button(page, '保存').click();
  await errorUnder(form, page.locator('#root_custom_store')).filter({ hasText: '格式不正确' }).waitFor();
  await form.getByText('门店编码，如 SH001').waitFor();
  await assertChinesePage(page, 'announcement form with custom fields');
  await screenshot(page, 'custom-fields-04-form-problem');
  await store.fill('SH001');
  await button(page, '保存').click();
  await page.waitForURL(`**${announcementsPath}`);
}

/** The list shows both columns, filters by the priority range and sorts by it. */
async function filterAndSort(page: Page, title: string): Promise<void> {
  const table = page.getByTestId('resource-table');
  const header = table.locator('thead');
  await header.getByText('负责门店').waitFor();
  await header.getByText('优先级').waitFor();
  const row = table.locator('.ant-table-row').filter({ hasText: title });
  await row.getByText('SH001').waitFor();
  assert.match(await textOf(row), /4/);
  await table.locator('.ant-table-row').filter({ hasText: 'BJ002' }).waitFor();

  await button(page, '展开').click();
  await page.getByPlaceholder('优先级最低').fill('3');
  await page.getByPlaceholder('优先级最低').press('Enter');
  await page.waitForURL(/custom\.priorityFrom=3/);
  await table.locator('.ant-table-row').filter({ hasText: 'BJ002' }).waitFor({ state: 'detached' });
  assert.equal(await table.locator('.ant-table-row').count(), 1, 'only the record with priority ≥ 3 is listed');
  // the custom columns come after the resource's own: scroll the table to them for the screenshot
  await table.locator('.ant-table-content').evaluate((content) => content.scrollTo({ left: content.scrollWidth }));
  await assertChinesePage(page, 'announcements filtered by a custom field');
  await screenshot(page, 'custom-fields-05-filtered');

  await button(page, '重置').click();
  await table.locator('.ant-table-row').filter({ hasText: 'BJ002' }).waitFor();
  await header.getByText('优先级').click();
  await page.waitForURL(/sort=custom\.priority/);
  await page.waitForFunction(() => document.querySelector('[data-testid="resource-table"] .ant-table-row')?.textContent?.includes('BJ002'));
}

/** Editing the record sends the changed custom field only; the server keeps the other one. */
async function editAnnouncement(page: Page, baseUrl: string, title: string): Promise<void> {
  await page.getByTestId('resource-table').getByRole('link', { name: title }).click();
  await page.waitForURL(new RegExp(`${announcementsPath}/[0-9a-f-]{36}$`));
  const priority = page.locator('#root_custom_priority');
  assert.equal(await priority.inputValue(), '4');
  await priority.fill('2');
  await button(page, '保存').click();
  await page.getByText('已保存').first().waitFor();
  const id = page.url().split('/').at(-1) ?? '';
  const record = await (await page.request.get(`${baseUrl}/api/p/announcements/announcements/${id}`)).json();
  assert.deepEqual(record.custom, { store: 'SH001', priority: 2 });
}

type Post = Awaited<ReturnType<typeof api>>;

/**
 * The reader page (查看通告) shows the custom fields under the body, labelled, an option as its label: a
 * 门店等级 select from an option set is added, the record gets a value and everyone as its audience, and is
 * published; 我的通告 shows them on one line under the announcement.
 */
async function readCustomFields(page: Page, baseUrl: string, post: Post, title: string): Promise<void> {
  const id = page.url().split('/').at(-1) ?? '';
  await post('/api/option-sets', { key: 'store-levels', name: { 'zh-CN': '门店等级' } });
  await post('/api/option-sets/store-levels/options', { value: 'flagship', label: { 'zh-CN': '旗舰店', 'en-US': 'Flagship' } });
  await post('/api/custom-fields', {
    resource: 'announcements.announcements',
    key: 'level',
    title: { 'zh-CN': '门店等级', 'en-US': 'Store level' },
    type: 'option',
    optionSet: 'store-levels',
  });
  await post(`/api/p/announcements/announcements/${id}`, { audience: { all: true }, custom: { level: 'flagship' } }, 'PATCH');
  await post(`/api/p/announcements/announcements/${id}/actions/publish`);

  await page.goto(`${baseUrl}/m/announcements/read?id=${id}`);
  const values = page.getByTestId('custom-field-values');
  await values.waitFor();
  const text = await textOf(values);
  for (const shown of ['负责门店', 'SH001', '优先级', '2', '门店等级', '旗舰店']) assert.ok(text.includes(shown), `the reader page shows ${shown}: ${text}`);
  assert.ok(!text.includes('flagship'), 'the option shows its label, not its value');
  await assertChinesePage(page, 'announcement reader page with custom fields');
  await screenshot(page, 'custom-fields-06-reader');

  await page.goto(`${baseUrl}/m/announcements/inbox`);
  const item = page.locator('.ant-list-item').filter({ hasText: title });
  await item.getByTestId('custom-field-values').getByText('旗舰店').waitFor();
  assert.match(await textOf(item), /负责门店：SH001/);
  await screenshot(page, 'custom-fields-07-inbox');
}

/** Deleting a field records hold values in is refused; disabling it instead is offered and done. */
async function disableInsteadOfDelete(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}${settingsPath}?resource=announcements.announcements`);
  const row = page.getByTestId('custom-field-table').locator('.ant-table-row').filter({ hasText: '负责门店' });
  await button(row, '删除').click();
  await button(page.locator('.ant-modal-confirm'), '删除').click();
  const refused = page.locator('.ant-modal-confirm').filter({ hasText: '自定义字段正在使用' });
  await refused.getByText(/仍有 2 条记录填写了「负责门店」/).waitFor();
  await screenshot(page, 'custom-fields-08-in-use');
  await button(refused, '停用字段').click();
  await row.getByText('已停用').waitFor();
  await screenshot(page, 'custom-fields-09-disabled');
}

export async function run(baseUrl: string): Promise<void> {
  const stamp = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const title = `门店巡检通知 ${stamp}`;
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  page.setDefaultTimeout(15_000);
  const pageErrors = watchPageErrors(page);
  try {
    const signUp = await page.request.post(`${baseUrl}/api/auth/sign-up`, {
      data: { tenantName: `字段测试企业 ${stamp}`, displayName: '钱经理', email: `fields-${stamp}@example.com`, password: `Pw-${stamp}-x` },
    });
    assert.equal(signUp.status(), 201, await signUp.text());
    const post = await api(page.request, baseUrl);
    // the announcements scenario enables the module in the UI; here it is only the ground to stand on
    await post('/api/market/listings/announcements/trial');
    await post('/api/plugins/announcements/enable');

    await addFields(page, baseUrl);
    await createAnnouncement(page, baseUrl, title);
    await post(`/api/p/announcements/announcements`, { title: `总部通知 ${stamp}`, custom: { store: 'BJ002', priority: 1 } });
    await page.reload();
    await filterAndSort(page, title);
    await editAnnouncement(page, baseUrl, title);
    await readCustomFields(page, baseUrl, post, title);
    await disableInsteadOfDelete(page, baseUrl);
    assert.deepEqual(pageErrors, [], 'no uncaught errors in the page');
  } catch (error) {
    await screenshot(page, 'custom-fields-failure').catch(() => undefined);
    throw error;
  } finally {
    await browser.close();
  }
}

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { type Page, request as playwrightRequest } from 'playwright-core';
import { browserApi, type BrowserApi, button, pick } from './browser-helpers.ts';
import { launchBrowser } from './launch-browser.ts';
import { assertChinesePage, screenshot, settleAnimations, textOf, watchPageErrors } from './page-checks.ts';

const openModal = (page: Page) => page.locator('.ant-modal-wrap:not([style*="display: none"]) .ant-modal');

const selectOf = (page: Page, inputId: string) => page.locator('.ant-select').filter({ has: page.locator(`#${inputId}`) });

/** The page must not show a `forms.` key that was not translated (page-checks knows the other prefixes). */
async function assertFormsTranslated(page: Page, where: string): Promise<void> {
  await assertChinesePage(page, where);
  const text = await page.locator('body').innerText();
  assert.doesNotMatch(text, /\bforms\.[a-z][a-z0-9-]*\.[a-z0-9.-]+/, `${where}: untranslated forms key`);
}

async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('邮箱或手机号').fill(email);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await button(page, '登录').click();
  await page.waitForURL('**/workbench');
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

/** Drags a palette entry onto the empty lower part of the canvas, as a person does with the mouse. */
async function dragToCanvas(page: Page, kind: string): Promise<void> {
  const source = await page.getByTestId(`palette-${kind}`).boundingBox();
  const canvas = await page.getByTestId('designer-canvas').boundingBox();
  assert.ok(source && canvas, 'the palette entry and the canvas are on the page');
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(source.x + source.width / 2 + 12, source.y + source.height / 2 + 12, { steps: 4 });
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height - 24, { steps: 16 });
  await page.mouse.up();
}

async function canvasKeys(page: Page): Promise<string[]> {
  const ids = await page.locator('[data-testid^="canvas-field-"]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-testid') ?? ''));
  return ids.map((id) => id.replace(/^canvas-field-/, ''));
}

/** Sets the selected field's title and key in the property panel. */
async function name(page: Page, title: string, key: string): Promise<void> {
  const panel = page.getByTestId('property-panel');
  await panel.locator('#field-title').fill(title);
  await panel.locator('#field-key').fill(key);
  await panel.locator('#field-key').press('Enter');
  await page.getByTestId(`canvas-field-${key}`).waitFor();
}

/**
 * 新建表单 → the designer: a required text field and an option-set select added by clicking, a text area
 * dragged in and shown only when the select is 重要客户, checked in the preview, then published.
 */
async function designForm(page: Page, baseUrl: string, title: string): Promise<string> {
  await page.goto(`${baseUrl}/forms`);
  await page.locator('.ant-layout-sider').getByText('表单', { exact: true }).waitFor();
  await page.getByText('还没有表单').waitFor();
  await assertFormsTranslated(page, 'forms list empty');
  await screenshot(page, 'forms-01-empty');
  await page.getByRole('button', { name: '新建表单' }).first().click();
  await openModal(page).getByLabel('表单标题').fill(title);
  await button(openModal(page), '创建并设计').click();
  await page.waitForURL('**/forms/*/design');
  await page.getByText('表单还没有字段').waitFor();
  const formId = /\/forms\/([^/]+)\/design/.exec(page.url())?.[1] ?? '';

  await page.getByTestId('palette-text').click();
  await name(page, '门店名称', 'store');
  await page.getByTestId('property-panel').locator('#field-required').click();
  await page.getByTestId('palette-select').click();
  await name(page, '客户等级', 'level');
  await pick(page, selectOf(page, 'field-option-set'), 'visit-levels');

  await dragToCanvas(page, 'textarea');
  // keys count up from the highest field_<n> in use; the two renamed fields hold none
  await page.getByTestId('canvas-field-field_1').waitFor();
  await name(page, '重要客户说明', 'vipNote');
  await page.getByTestId('property-panel').locator('#field-required').click();
  await page.getByTestId('condition-switch').click();
  await pick(page, page.getByTestId('condition-field'), '客户等级');
  await pick(page, page.getByTestId('condition-value'), '重要客户');
  await page.getByTestId('canvas-field-vipNote').getByText('当「客户等级」为「重要客户」时显示').waitFor();
  assert.deepEqual(await canvasKeys(page), ['store', 'level', 'vipNote']);

  await page.getByRole('button', { name: '下移“门店名称”' }).click();
  assert.deepEqual(await canvasKeys(page), ['level', 'store', 'vipNote']);
  await page.getByRole('button', { name: '上移“门店名称”' }).click();
  assert.deepEqual(await canvasKeys(page), ['store', 'level', 'vipNote']);
  await assertFormsTranslated(page, 'designer');
  await screenshot(page, 'forms-02-designer');

  await page.getByRole('tab', { name: '预览' }).click();
  const preview = page.getByTestId('designer-preview');
  await preview.getByLabel('门店名称').waitFor();
  assert.equal(await preview.getByLabel('重要客户说明').count(), 0, 'the conditional field starts hidden');
  await pick(page, selectOf(page, 'root_level'), '重要客户');
  await preview.getByLabel('重要客户说明').waitFor();
  await pick(page, selectOf(page, 'root_level'), '普通客户');
  await preview.getByLabel('重要客户说明').waitFor({ state: 'detached' });
  await assertFormsTranslated(page, 'designer preview');
  await screenshot(page, 'forms-03-preview');

  await button(page, '发布').click();
  // a click while the confirmation is still zooming in can be lost on a busy machine
  await page.locator('.ant-popover').waitFor();
  await settleAnimations(page);
  await button(page.locator('.ant-popover'), '发布').click();
  await page.getByText('已发布为版本 1').waitFor();
  await page.getByText('最新版本 1').waitFor();
  await button(page, '复制填写链接').click();
  await page.getByText('填写链接已复制').waitFor();
  return formId;
}

/** The member opens the link: the conditional field appears once 重要客户 is chosen; required fields are checked. */
async function fillIn(page: Page, baseUrl: string, formId: string): Promise<void> {
  await page.goto(`${baseUrl}/forms/${formId}/fill`);
  const form = page.getByTestId('form-fill');
  await form.getByLabel('门店名称').fill('南京西路店');
  assert.equal(await form.getByLabel('重要客户说明').count(), 0);
  await pick(page, selectOf(page, 'root_level'), '重要客户');
  await form.getByLabel('重要客户说明').waitFor();
  await button(form, '提交').click();
  await form.locator('.ant-form-item-explain-error').filter({ hasText: '必填' }).first().waitFor();
  await form.getByLabel('重要客户说明').fill('年采购额超过一百万');
  await assertFormsTranslated(page, 'fill page');
  await screenshot(page, 'forms-04-fill');
  await button(form, '提交').click();
  await page.getByText('提交成功').waitFor();
  await screenshot(page, 'forms-05-submitted');
}

/** The fill-in page on a 390 × 844 phone: one column, nothing wider than the screen. */
async function fillOnPhone(page: Page, baseUrl: string, formId: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${baseUrl}/forms/${formId}/fill`);
  await page.getByTestId('form-fill').getByLabel('门店名称').waitFor();
  const widths = await page.evaluate(() => ({ scroll: document.scrollingElement?.scrollWidth ?? 0, inner: window.innerWidth }));
  assert.ok(widths.scroll <= widths.inner, `no horizontal scrolling on a phone (${widths.scroll} > ${widths.inner})`);
  const submit = await button(page.getByTestId('form-fill'), '提交').boundingBox();
  assert.ok(submit && submit.height >= 40, 'the submit button is large enough to tap');
  await screenshot(page, 'forms-06-phone');
  await page.setViewportSize({ width: 1366, height: 860 });
}

/** The admin's list shows the option's label; the XLSX export has the fields' titles and the row. */
async function reviewSubmissions(page: Page, baseUrl: string, formId: string, title: string): Promise<void> {
  await page.goto(`${baseUrl}/forms`);
  const formRow = page.locator('.ant-table-row').filter({ hasText: title });
  await formRow.getByText('版本 1').waitFor();
  await formRow.getByText('提交记录').click();
  await page.waitForURL(`**/forms/${formId}/submissions`);
  const row = page.getByTestId('submissions-table').locator('.ant-table-row').filter({ hasText: '南京西路店' });
  await row.getByText('重要客户', { exact: true }).waitFor();
  const rowText = await textOf(row);
  assert.match(rowText, /门店小张/, 'the submitter by name');
  assert.match(rowText, /年采购额超过一百万/);
  assert.match(rowText, /已提交/);
  await assertFormsTranslated(page, 'submissions');
  await screenshot(page, 'forms-07-submissions');

  await row.getByText('查看').click();
  const drawer = page.locator('.ant-drawer-open .ant-drawer-section');
  await drawer.getByText('还没有处理记录').waitFor();
  // read-only, with the schema of the version it was made against
  assert.equal(await drawer.locator('#root_store').inputValue(), '南京西路店');
  assert.ok(await drawer.locator('#root_store').isDisabled());
  assert.equal(await drawer.locator('#root_vipNote').inputValue(), '年采购额超过一百万');
  await drawer.getByText('门店小张').first().waitFor();
  await drawer.getByLabel('审核意见（选填，通过或驳回时会通知提交人）').fill('信息完整');
  await button(drawer, '通过').click();
  await drawer.locator('.ant-timeline').getByText('周经理 将状态改为「已通过」').waitFor();
  await drawer.locator('.ant-timeline').getByText('信息完整').waitFor();
  await assertFormsTranslated(page, 'submission drawer');
  await screenshot(page, 'forms-08-submission-drawer');
  await page.keyboard.press('Escape');
  await row.getByText('已通过').waitFor();

  await page.getByRole('button', { name: '导出' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: '导出 Excel' }).click();
  const file = await download;
  assert.equal(file.suggestedFilename(), 'submissions.xlsx');
  const path = await file.path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  assert.ok(sheet, 'the workbook has a sheet');
  const cells = (index: number) => {
    const values = sheet.getRow(index).values;
    return Array.isArray(values) ? values.slice(1).map((value) => (value === null || value === undefined ? '' : String(value))) : [];
  };
  const header = cells(1);
  for (const expected of ['门店名称', '客户等级', '重要客户说明']) assert.ok(header.includes(expected), `export header has ${expected}: ${header.join(' | ')}`);
  const values = cells(2);
  const at = (column: string) => values[header.indexOf(column)];
  assert.equal(at('门店名称'), '南京西路店');
  // choices by their labels, the submitter by name, the status in words
  assert.equal(at('客户等级'), '重要客户');
  assert.equal(at('提交人'), '门店小张');
  assert.equal(at('状态'), '已通过');
  assert.equal(at('重要客户说明'), '年采购额超过一百万');
  assert.equal(sheet.rowCount, 2, 'one submission, one row');
}

export async function run(baseUrl: string): Promise<void> {
  const stamp = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const title = `门店巡检 ${stamp}`;
  const ownerEmail = `forms-${stamp}@example.com`;
  const ownerPassword = `Pw-${stamp}-x`;
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  page.setDefaultTimeout(15_000);
  const pageErrors = watchPageErrors(page);
  try {
    const response = await page.request.post(`${baseUrl}/api/auth/sign-up`, {
      data: { tenantName: `表单测试企业 ${stamp}`, displayName: '周经理', email: ownerEmail, password: ownerPassword },
    });
    assert.equal(response.status(), 201, `sign-up answered ${response.status()}: ${await response.text()}`);
    const owner = await browserApi(page.request, baseUrl);
    await owner.post('/api/option-sets', { key: 'visit-levels', name: { 'zh-CN': '客户等级', 'en-US': 'Customer levels' } });
    await owner.post('/api/option-sets/visit-levels/options', { value: 'vip', label: { 'zh-CN': '重要客户', 'en-US': 'Key account' } });
    await owner.post('/api/option-sets/visit-levels/options', { value: 'normal', label: { 'zh-CN': '普通客户', 'en-US': 'Regular' } });
    const member = await invite(baseUrl, owner, '门店小张');

    const formId = await designForm(page, baseUrl, title);
    await signIn(page, baseUrl, member.email, member.password);
    await fillIn(page, baseUrl, formId);
    await fillOnPhone(page, baseUrl, formId);
    await signIn(page, baseUrl, ownerEmail, ownerPassword);
    await reviewSubmissions(page, baseUrl, formId, title);
    assert.deepEqual(pageErrors, [], 'no uncaught errors in the page');
  } catch (error) {
    await screenshot(page, 'forms-failure').catch(() => undefined);
    throw error;
  } finally {
    await browser.close();
  }
}

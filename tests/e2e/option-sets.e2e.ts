import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser } from './launch-browser.ts';
import { assertChinesePage, screenshot, watchPageErrors } from './page-checks.ts';

// antd puts a space between the two characters of a Chinese button label (保 存), so match loosely.
const button = (within: Page | Locator, label: string) =>
  within.locator('button').filter({ hasText: new RegExp(`^\\s*${[...label].join('\\s*')}\\s*$`) });
const openModal = (page: Page) => page.locator('.ant-modal-wrap:not([style*="display: none"]) .ant-modal');

/** The options' values as the tree shows them, top to bottom. */
async function treeValues(page: Page): Promise<string[]> {
  const ids = await page.locator('[data-testid^="option-"]:not([data-testid^="option-actions-"])').evaluateAll((nodes) =>
    nodes.map((node) => node.getAttribute('data-testid') ?? ''),
  );
  return ids.map((id) => id.replace(/^option-/, ''));
}

async function addOption(page: Page, label: string, value: string): Promise<void> {
  const modal = openModal(page);
  await modal.getByLabel('名称（中文）').fill(label);
  await modal.getByLabel('编码').fill(value);
  await button(modal, '保存').click();
  await page.getByTestId(`option-${value}`).waitFor();
}

/** 客户标签 from nothing: the set, a nested option, order, disable, delete. */
async function buildSet(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/settings/option-sets`);
  await page.getByText('还没有选项分类').waitFor();
  await assertChinesePage(page, 'option sets empty');
  await screenshot(page, 'option-sets-01-empty');
  await page.getByRole('button', { name: '新建选项分类' }).first().click();
  const modal = openModal(page);
  await modal.getByLabel('名称（中文）').fill('客户标签');
  await modal.getByLabel('编码').fill('customer-tags');
  await button(modal, '保存').click();
  await page.waitForURL('**/settings/option-sets/customer-tags');
  await page.getByText('此分类还没有选项').waitFor();
  await assertChinesePage(page, 'option set empty');

  await page.getByRole('button', { name: '新建选项' }).first().click();
  await addOption(page, '重要客户', 'vip');
  await page.getByTestId('option-actions-vip').click();
  await page.getByRole('menuitem', { name: '添加下级选项' }).click();
  await addOption(page, '金卡', 'vip-gold');
  await page.getByRole('button', { name: '新建选项' }).first().click();
  await addOption(page, '新客户', 'new');
  assert.deepEqual(await treeValues(page), ['vip', 'vip-gold', 'new']);

  await page.getByRole('button', { name: '下移“重要客户”' }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid^="option-"]')?.getAttribute('data-testid') === 'option-new');
  assert.deepEqual(await treeValues(page), ['new', 'vip', 'vip-gold']);

  await page.getByRole('switch', { name: '“金卡”是否启用' }).click();
  await page.getByTestId('option-vip-gold').getByText('已停用').waitFor();

  await page.getByTestId('option-actions-new').click();
  await page.getByRole('menuitem', { name: '删除' }).click();
  await button(page.locator('.ant-modal-confirm'), '删除').click();
  await page.getByTestId('option-new').waitFor({ state: 'detached' });
  await assertChinesePage(page, 'option set tree');
  await screenshot(page, 'option-sets-02-tree');
}

/** 导出 Excel downloads the workbook; 导入 checks a JSON file first, then adds what it brings. */
async function exportAndImport(page: Page): Promise<void> {
  await page.getByRole('button', { name: '导出' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: '导出 Excel' }).click();
  assert.equal((await download).suggestedFilename(), 'customer-tags.xlsx');

  await page.getByRole('button', { name: '导入' }).first().click();
  const file = {
    format: 'tessera.option-set',
    version: 1,
    options: [
      { value: 'vip', parentValue: null, label: { 'zh-CN': '重要客户', 'en-US': 'Key accounts' } },
      { value: 'vip-silver', parentValue: 'vip', label: { 'zh-CN': '银卡' }, color: '#8c8c8c' },
    ],
  };
  await openModal(page)
    .locator('input[type="file"]')
    .setInputFiles({ name: 'tags.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByTestId('import-preview').getByText('新增（1）').waitFor();
  await assertChinesePage(page, 'import preview');
  await screenshot(page, 'option-sets-03-import-preview');
  await button(openModal(page), '导入').click();
  await page.getByTestId('option-vip-silver').waitFor();
  assert.deepEqual(await treeValues(page), ['vip', 'vip-gold', 'vip-silver']);
}

/** The list shows the set with its count and source. */
async function listShowsSet(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/settings/option-sets`);
  const row = page.locator('.ant-table-row').filter({ hasText: 'customer-tags' });
  await row.getByText('自定义').waitFor();
  assert.match((await row.textContent()) ?? '', /客户标签/);
  await assertChinesePage(page, 'option sets list');
  await screenshot(page, 'option-sets-04-list');
}

export async function run(baseUrl: string): Promise<void> {
  const stamp = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  page.setDefaultTimeout(15_000);
  const pageErrors = watchPageErrors(page);
  try {
    const response = await page.request.post(`${baseUrl}/api/auth/sign-up`, {
      data: { tenantName: `选项测试企业 ${stamp}`, displayName: '周九', email: `opts-${stamp}@example.com`, password: `Pw-${stamp}-x` },
    });
    assert.equal(response.status(), 201, `sign-up answered ${response.status()}: ${await response.text()}`);
    await buildSet(page, baseUrl);
    await exportAndImport(page);
    await listShowsSet(page, baseUrl);
    assert.deepEqual(pageErrors, [], 'no uncaught errors in the page');
  } catch (error) {
    await screenshot(page, 'option-sets-failure').catch(() => undefined);
    throw error;
  } finally {
    await browser.close();
  }
}

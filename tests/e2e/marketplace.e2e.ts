import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser } from './launch-browser.ts';
import { assertChinesePage, screenshot, textOf, watchPageErrors } from './page-checks.ts';

/** What a scenario may need of the server beyond its address: the database the CLI works on. */
export interface ScenarioServer {
  databaseUrl: string;
}

const root = resolve(import.meta.dirname, '../..');

// antd puts a space between the two characters of a Chinese button label (购 买), so match loosely.
const button = (within: Page | Locator, label: string) =>
  within.locator('button').filter({ hasText: new RegExp(`^\\s*${[...label].join('\\s*')}\\s*$`) });
const menu = (page: Page) => page.locator('.ant-layout-sider');
const popover = (page: Page) => page.locator('.ant-popover, .ant-popconfirm').last();
const modal = (page: Page) => page.locator('.ant-modal').last();

// page-checks' key pattern predates the marketplace: untranslated market.* and operator.* keys show themselves too.
const marketKey = /\b(?:market|operator)\.[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+\b/;

async function assertMarketPage(page: Page, where: string): Promise<void> {
  await assertChinesePage(page, where);
  const text = await page.locator('body').innerText();
  const key = marketKey.exec(text);
  assert.equal(key, null, `${where}: untranslated key "${key?.[0]}" on the page`);
}

/** An operator account made the way the platform makes them: the command line, which prints the password once. */
async function createOperator(databaseUrl: string, email: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['core/cli/tessera.ts', 'operators', 'create', email, '--name', '平台小陈'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, TESSERA_DEMO: 'off', LOG_LEVEL: 'warn' },
  });
  const password = /password \(shown only now\): (\S+)/.exec(stdout)?.[1];
  assert.ok(password, `the CLI printed no password:\n${stdout}`);
  return password;
}

/** The owner finds 通告管理 in the marketplace, by category and search, both kept in the URL. */
async function findAnnouncements(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/workbench`);
  await menu(page).getByText('模块市场', { exact: true }).click();
  await menu(page).getByText('全部模块', { exact: true }).click();
  await page.waitForURL('**/market');
  const card = page.getByTestId('listing-card-announcements');
  await card.waitFor();
  assert.match(await textOf(card.getByTestId('listing-price')), /¥99\.00\/月 起/, 'the card shows the price from');
  await assertMarketPage(page, 'marketplace');
  await screenshot(page, 'market-01-catalog');

  await page.getByTestId('market-category').getByText('内容', { exact: true }).click();
  await page.waitForURL('**/market?category=content');
  await page.getByTestId('market-search').locator('input').fill('通告');
  await page.getByTestId('market-search').locator('input').press('Enter');
  await page.waitForURL(/search=/);
  await card.waitFor();
  await page.getByTestId('market-search').locator('input').fill('不存在的模块');
  await page.getByTestId('market-search').locator('input').press('Enter');
  await page.getByText('没有符合条件的模块').waitFor();
  await assertMarketPage(page, 'marketplace, nothing found');
  await button(page, '清除筛选').click();
  await card.click();
  await page.waitForURL('**/market/listings/announcements');
  await page.getByText('套餐与价格').waitFor();
  await assertMarketPage(page, 'listing');
  await screenshot(page, 'market-02-listing');
}

/** 免费试用 14 天, then 启用: the module's menu appears without reloading the page. */
async function tryAndEnable(page: Page): Promise<void> {
  await page.getByTestId('start-trial').click();
  await button(popover(page), '开始试用').click();
  await page.getByTestId('listing-badges').getByText('试用中（剩 14 天）').waitFor();
  assert.equal(await page.getByTestId('start-trial').count(), 0, 'the trial is offered once');
  await screenshot(page, 'market-03-trial');
  await page.getByTestId('enable-announcements').click();
  await page.getByTestId('listing-badges').getByText('已启用').waitFor();
  await menu(page).getByText('通告', { exact: true }).waitFor();
  await assertMarketPage(page, 'listing, enabled');
  await screenshot(page, 'market-04-enabled');
}

/** 购买 the yearly plan: a bank-transfer order with the order number to quote. */
async function buyYearly(page: Page): Promise<string> {
  await page.getByTestId('buy').click();
  await page.getByTestId('plan-yearly').click();
  await button(modal(page), '下一步').click();
  assert.equal(await textOf(page.getByTestId('purchase-total')), '¥990.00');
  await assertMarketPage(page, 'purchase confirmation');
  await page.getByTestId('purchase-submit').click();
  await page.getByTestId('bank-transfer').waitFor();
  const number = (await textOf(page.getByTestId('order-number'))).trim();
  assert.match(number, /^MO-\d{8}-\d{4}$/, 'an order number to quote');
  assert.equal((await textOf(page.getByTestId('bank-reference'))).trim(), number, 'the transfer quotes the order number');
  await assertMarketPage(page, 'order placed');
  await screenshot(page, 'market-05-order-pending');
  await button(modal(page), '查看订单').click();
  await page.waitForURL('**/market/orders/*');
  await page.getByText('处理记录').waitFor();
  await assertMarketPage(page, 'order detail');
  await screenshot(page, 'market-06-order');
  const [receipt] = await Promise.all([page.waitForEvent('popup'), page.getByTestId('print-receipt').click()]);
  await receipt.getByText('模块订单收据').first().waitFor();
  assert.match(await receipt.locator('body').innerText(), new RegExp(number), 'the receipt names the order');
  await receipt.close();
  return number;
}

async function checkMyModules(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/market/my-modules`);
  const row = page.locator('.ant-table-row').filter({ hasText: '通告管理' });
  await row.getByText('已启用').waitFor();
  await row.getByText('试用', { exact: true }).waitFor();
  await assertMarketPage(page, 'my modules');
  await screenshot(page, 'market-07-my-modules');
}

/** The operator signs in on the console, sees the trial in 授权, confirms the transfer and sees the revenue. */
async function operatorConsole(page: Page, baseUrl: string, databaseUrl: string, company: string, number: string): Promise<void> {
  const email = `operator-${randomBytes(4).toString('hex')}@example.com`;
  const password = await createOperator(databaseUrl, email);
  await page.goto(`${baseUrl}/operator/entitlements`);
  await page.waitForURL('**/operator/sign-in?redirect=*');
  await assertMarketPage(page, 'operator sign-in');
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await button(page, '登录').click();
  await page.waitForURL('**/operator/entitlements');
  const trial = page.locator('.ant-table-row').filter({ hasText: company });
  await trial.getByText('通告管理').waitFor();
  await trial.getByText('试用', { exact: true }).waitFor();
  assert.equal(await menu(page).getByText('工作台', { exact: true }).count(), 0, 'the console is not the company shell');
  await assertMarketPage(page, 'operator entitlements');
  await screenshot(page, 'operator-01-entitlements');

  await menu(page).getByText('待确认收款', { exact: true }).click();
  const order = page.locator('.ant-table-row').filter({ hasText: number });
  await order.getByText('¥990.00').first().waitFor();
  await assertMarketPage(page, 'operator pending payments');
  await screenshot(page, 'operator-02-payments');
  await button(order, '确认收款').click();
  await modal(page).locator('textarea').fill('工行流水 20261124-0001');
  await button(modal(page), '确认收款').click();
  await page.getByText(`已确认订单 ${number} 收款`).waitFor();

  await menu(page).getByText('授权', { exact: true }).click();
  await page.locator('.ant-table-row').filter({ hasText: company }).getByText('购买', { exact: true }).waitFor();
  await menu(page).getByText('收入', { exact: true }).click();
  await page.getByTestId('revenue-bars').waitFor();
  await page.locator('.ant-table-row').filter({ hasText: '通告管理' }).getByText('¥990.00').first().waitFor();
  await assertMarketPage(page, 'operator revenue');
  await screenshot(page, 'operator-03-revenue');
  await menu(page).getByText('企业', { exact: true }).click();
  await page.locator('.ant-table-row').filter({ hasText: company }).waitFor();
  await assertMarketPage(page, 'operator companies');
  await screenshot(page, 'operator-04-companies');
  await menu(page).getByText('操作日志', { exact: true }).click();
  await page.locator('.ant-table-row').filter({ hasText: '确认收款' }).first().waitFor();
  await assertMarketPage(page, 'operator audit log');
  await screenshot(page, 'operator-05-audit-log');
}

export async function run(baseUrl: string, server: ScenarioServer): Promise<void> {
  const stamp = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const company = `市场测试企业 ${stamp}`;
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  page.setDefaultTimeout(15_000);
  const pageErrors = watchPageErrors(page);
  try {
    const signUp = await page.request.post(`${baseUrl}/api/auth/sign-up`, {
      data: { tenantName: company, displayName: '吴经理', email: `owner-${stamp}@example.com`, password: `Pw-${randomBytes(6).toString('hex')}` },
    });
    assert.equal(signUp.status(), 201, await signUp.text());

    await findAnnouncements(page, baseUrl);
    await tryAndEnable(page);
    const number = await buyYearly(page);
    await checkMyModules(page, baseUrl);
    await operatorConsole(page, baseUrl, server.databaseUrl, company, number);

    // the company sees the confirmed payment: its order is paid
    await page.goto(`${baseUrl}/market/orders`);
    await page.locator('.ant-table-row').filter({ hasText: number }).getByText('已付款').waitFor();
    await screenshot(page, 'market-08-orders-paid');
    assert.deepEqual(pageErrors, [], 'no uncaught errors in the page');
  } catch (error) {
    await screenshot(page, 'marketplace-failure').catch(() => undefined);
    throw error;
  } finally {
    await browser.close();
  }
}

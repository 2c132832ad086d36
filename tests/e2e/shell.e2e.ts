import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { launchBrowser } from './launch-browser.ts';
import { assertChinesePage, assertCleanText, screenshot, textOf, watchPageErrors } from './page-checks.ts';

// antd puts a space between the two characters of a Chinese button label (登 录), so match loosely.
// Match on the text, not the accessible name: while antd's loading icon fades out, the name is
// briefly "loading 登 录".
const button = (page: Page, label: string) =>
  page.locator('button').filter({ hasText: new RegExp(`^\\s*${[...label].join('\\s*')}\\s*$`) });

async function signUp(page: Page, baseUrl: string, account: Account): Promise<void> {
  await page.goto(`${baseUrl}/sign-up`);
  await page.getByLabel('企业名称').fill(account.company);
  await page.getByLabel('您的姓名').fill(account.name);
  await page.getByLabel('邮箱或手机号').fill(account.email);
  await page.getByLabel('密码', { exact: true }).fill(account.password);
  await assertChinesePage(page, 'sign-up');
  await screenshot(page, '01-sign-up');
  await button(page, '注册并进入').click();
  await page.waitForURL('**/workbench');
  // the tab shows the product's icon, served with the UI
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  assert.equal(icon, '/favicon.svg');
  const served = await page.request.get(`${baseUrl}${icon}`);
  assert.equal(served.status(), 200);
  assert.match(served.headers()['content-type'] ?? '', /^image\/svg\+xml/);
}

async function checkWorkbench(page: Page, company: string): Promise<void> {
  await assert.doesNotReject(page.getByTestId('workbench-tenant-name').getByText(company).waitFor());
  const menu = page.locator('.ant-layout-sider');
  for (const label of ['工作台', '消息中心', '系统设置']) {
    assert.ok(await menu.getByText(label, { exact: true }).isVisible(), `menu shows ${label}`);
  }
  assert.equal(await textOf(page.getByTestId('tenant-switcher')), company);
  await assertChinesePage(page, 'workbench');
  await screenshot(page, '02-workbench');
}

/** The bell opens the latest messages in a drawer; opening one marks it read; «全部消息» leads on. */
async function checkNotificationDrawer(page: Page): Promise<void> {
  await page.getByTestId('message-bell').click();
  const item = page.getByTestId('notification-drawer').getByTestId('notification-item').first();
  await item.waitFor();
  assert.match(await textOf(item), /欢迎使用/, 'the welcome message is in the drawer');
  await assertChinesePage(page, 'notification drawer');
  await screenshot(page, '02b-notification-drawer');
  await item.click();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="message-bell"]')?.getAttribute('aria-label')?.includes('（0 条未读）'),
  );
  await page.getByTestId('notification-view-all').click();
  await page.waitForURL('**/messages');
  await page.locator('.ant-table').waitFor();
}

async function changeTenantSettings(page: Page, baseUrl: string, newName: string): Promise<void> {
  await page.locator('.ant-layout-sider').getByText('系统设置', { exact: true }).click();
  await page.locator('.ant-layout-sider').getByText('企业设置', { exact: true }).click();
  await page.waitForURL('**/settings/tenant');
  const name = page.getByLabel('企业名称');
  await name.waitFor();
  await name.fill(newName);
  await page.getByLabel('联系人').fill('李四');
  await page.getByLabel('联系电话').fill('021-12345678');
  await page.getByLabel('时区').click();
  await page.getByLabel('时区').fill('Asia/Tokyo');
  await page.locator('.ant-select-item-option', { hasText: 'Asia/Tokyo' }).click();
  await button(page, '保存').click();
  await page.getByText('企业设置已保存').waitFor();
  await screenshot(page, '03-tenant-settings-saved');

  await page.reload();
  await page.getByLabel('企业名称').waitFor();
  assert.equal(await page.getByLabel('企业名称').inputValue(), newName, 'saved name after reload');
  assert.equal(await page.getByLabel('联系人').inputValue(), '李四', 'saved contact after reload');
  const zoneItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('时区') });
  assert.match(await textOf(zoneItem), /Asia\/Tokyo/, 'saved time zone after reload');
  assert.equal(await textOf(page.getByTestId('tenant-switcher')), newName, 'top bar shows the new name');
  // The body is the tenant view of docs/api.md; only its fields are read here.
  const tenant = (await (await page.request.get(`${baseUrl}/api/tenant`)).json()) as Record<string, unknown>;
  assert.equal(tenant.name, newName, 'GET /api/tenant has the new name');
  assert.equal(tenant.timeZone, 'Asia/Tokyo', 'GET /api/tenant has the new time zone');
  await assertChinesePage(page, 'tenant settings');
}

/** Walks the settings lists; returns the accept link of the invitation it creates. */
async function visitSettingsLists(page: Page, baseUrl: string): Promise<string> {
  await page.goto(`${baseUrl}/settings/users`);
  await page.locator('.ant-table-row').first().waitFor();
  const joined = await textOf(page.locator('.ant-table-row').first());
  assert.match(joined, /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/, 'joined time as YYYY-MM-DD HH:mm');
  await assertChinesePage(page, 'users');
  await screenshot(page, '04-users');

  await page.goto(`${baseUrl}/settings/invitations`);
  await page.getByText('还没有发出邀请').waitFor();
  await screenshot(page, '05-invitations-empty');
  await page.getByRole('button', { name: '新建邀请' }).first().click();
  await page.getByLabel('邮箱', { exact: true }).fill(`invitee-${randomBytes(3).toString('hex')}@example.com`);
  await page.getByRole('button', { name: '生成邀请链接' }).click();
  const link = await textOf(page.getByTestId('reveal-once-value'));
  assert.match(link, /\/accept-invite\?token=/, 'invite drawer shows the accept link');
  await screenshot(page, '06-invitation-link');
  await button(page, '完成').click();
  await page.getByText('待接受').waitFor();

  await page.goto(`${baseUrl}/settings/api-tokens`);
  await page.getByText('还没有 API 令牌').waitFor();
  await page.getByRole('button', { name: '新建 API 令牌' }).first().click();
  await page.getByLabel('名称', { exact: true }).fill('ERP 同步');
  await button(page, '创建').click();
  assert.match(await textOf(page.getByTestId('reveal-once-value')), /^tsk_/, 'token secret shown once');
  await screenshot(page, '07-api-token-secret');
  await button(page, '完成').click();
  await page.getByRole('cell', { name: 'ERP 同步' }).waitFor();
  await assertChinesePage(page, 'api tokens');

  await page.goto(`${baseUrl}/settings/modules`);
  await page.getByRole('cell', { name: '通告管理' }).waitFor();
  await page.getByText('未启用').first().waitFor();
  await assertChinesePage(page, 'modules');
  await screenshot(page, '07b-modules');

  await page.goto(`${baseUrl}/messages`);
  await page.locator('.ant-table').waitFor();
  await assertChinesePage(page, 'message center');
  await screenshot(page, '08-messages');

  await page.goto(`${baseUrl}/no-such-page`);
  await page.getByText('页面不存在').first().waitFor();
  await screenshot(page, '09-not-found');
  return link;
}

async function switchLanguage(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/workbench`);
  await page.getByTestId('language-switch').click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  const menu = page.locator('.ant-layout-sider');
  for (const label of ['Workbench', 'Message center', 'Settings']) {
    await menu.getByText(label, { exact: true }).waitFor();
  }
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-US');
  await page.reload();
  await menu.getByText('Workbench', { exact: true }).waitFor();
  await assertCleanText(page, 'workbench in English');
  await screenshot(page, '10-workbench-en');
  await page.goto(`${baseUrl}/settings/tenant`);
  await page.getByLabel('Company name').waitFor();
  await screenshot(page, '11-tenant-settings-en');

  await page.getByTestId('language-switch').click();
  await page.getByRole('menuitem', { name: '简体中文' }).click();
  await menu.getByText('工作台', { exact: true }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
}

async function signOutAndIn(page: Page, baseUrl: string, account: Account, company: string): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await page.waitForURL('**/sign-in');
  await page.goto(`${baseUrl}/settings/users`);
  await page.waitForURL('**/sign-in?redirect=*');

  await page.getByLabel('邮箱或手机号').fill(account.email);
  await page.getByLabel('密码', { exact: true }).fill('wrong-password');
  await button(page, '登录').click();
  await page.getByTestId('problem-message').waitFor();
  await assertChinesePage(page, 'sign-in error');
  await screenshot(page, '12-sign-in-error');

  await page.getByLabel('密码', { exact: true }).fill(account.password);
  await button(page, '登录').click();
  await page.waitForURL('**/settings/users');
  assert.equal(await textOf(page.getByTestId('tenant-switcher')), company, 'signed back into the company');
  await screenshot(page, '13-signed-in-again');
}

/**
 * A colleague accepts the invitation as a new member: the member role reads members and departments, so
 * 系统设置 shows 用户 and 组织架构 only; the company settings and roles answer with the 403 page.
 */
async function acceptAsMember(page: Page, baseUrl: string, link: string, company: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(link);
  await page.getByText(company).waitFor();
  await page.getByLabel('您的姓名').fill('赵六');
  await page.getByLabel('密码', { exact: true }).fill(`Pw-${randomBytes(6).toString('hex')}`);
  await assertChinesePage(page, 'accept invitation');
  await screenshot(page, '16-accept-invite');
  await button(page, '加入企业').click();
  await page.waitForURL('**/workbench');
  assert.equal(await textOf(page.getByTestId('tenant-switcher')), company, 'member joined the company');
  const menu = page.locator('.ant-layout-sider');
  await menu.getByText('消息中心', { exact: true }).waitFor();
  await menu.getByText('系统设置', { exact: true }).click();
  await menu.getByText('组织架构', { exact: true }).waitFor();
  assert.equal(await menu.getByText('用户', { exact: true }).count(), 1, 'member sees 用户');
  for (const hidden of ['企业设置', '角色与权限', '审计日志', '邀请', 'API 令牌']) {
    assert.equal(await menu.getByText(hidden, { exact: true }).count(), 0, `member sees no ${hidden}`);
  }

  await page.goto(`${baseUrl}/settings/roles`);
  await page.getByText('无权访问').first().waitFor();
  await assertChinesePage(page, 'forbidden page');
  await screenshot(page, '17-forbidden');
  await button(page, '返回工作台').click();
  await page.waitForURL('**/workbench');
}

/** Sign-in and sign-up are used on phones too: no sideways scrolling at 375 px. */
async function checkPhoneLayouts(page: Page, baseUrl: string): Promise<void> {
  await page.setViewportSize({ width: 375, height: 740 });
  for (const { path, name } of [
    { path: '/sign-up', name: '14-sign-up-phone' },
    { path: '/sign-in', name: '15-sign-in-phone' },
  ]) {
    await page.goto(`${baseUrl}${path}`);
    await page.getByLabel('邮箱或手机号').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    assert.equal(overflow, false, `${path} fits a phone without sideways scrolling`);
    await screenshot(page, name);
  }
}

interface Account {
  company: string;
  name: string;
  email: string;
  password: string;
}

/** Sign up, change company settings, switch language, sign out and in again, as a person would. */
export async function run(baseUrl: string): Promise<void> {
  const stamp = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const account: Account = {
    company: `端到端测试企业 ${stamp}`,
    name: '王五',
    email: `e2e-${stamp}@example.com`,
    password: `Pw-${randomBytes(6).toString('hex')}`,
  };
  const renamed = `华东商贸 ${stamp}`;
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  page.setDefaultTimeout(15_000);
  const pageErrors = watchPageErrors(page);
  try {
    await signUp(page, baseUrl, account);
    await checkWorkbench(page, account.company);
    await checkNotificationDrawer(page);
    await changeTenantSettings(page, baseUrl, renamed);
    const inviteLink = await visitSettingsLists(page, baseUrl);
    await switchLanguage(page, baseUrl);
    await signOutAndIn(page, baseUrl, account, renamed);
    await acceptAsMember(page, baseUrl, inviteLink, renamed);
    await page.context().clearCookies();
    await checkPhoneLayouts(page, baseUrl);
    assert.deepEqual(pageErrors, [], 'no uncaught errors in the page');
  } catch (error) {
    await screenshot(page, 'failure').catch(() => undefined);
    throw error;
  } finally {
    await browser.close();
  }
}

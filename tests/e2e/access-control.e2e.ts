import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser } from './launch-browser.ts';
import { assertChinesePage, screenshot, textOf, watchPageErrors } from './page-checks.ts';

// antd puts a space between the two characters of a Chinese button label (保 存), so match loosely.
const button = (within: Page | Locator, label: string) =>
  within.locator('button').filter({ hasText: new RegExp(`^\\s*${[...label].join('\\s*')}\\s*$`) });

const menu = (page: Page) => page.locator('.ant-layout-sider');
const openDrawer = (page: Page) => page.locator('.ant-drawer-open .ant-drawer-section');

interface Account {
  company: string;
  name: string;
  email: string;
  password: string;
}

/** The owner's company comes from the sign-up API; the browser keeps its session cookie. */
async function signUpByApi(page: Page, baseUrl: string, owner: Account): Promise<void> {
  const response = await page.request.post(`${baseUrl}/api/auth/sign-up`, {
    data: { tenantName: owner.company, displayName: owner.name, email: owner.email, password: owner.password },
  });
  assert.equal(response.status(), 201, `sign-up answered ${response.status()}: ${await response.text()}`);
  await page.goto(`${baseUrl}/workbench`);
  await page.getByTestId('workbench-tenant-name').waitFor();
}

async function signIn(page: Page, baseUrl: string, account: Account): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('邮箱或手机号').fill(account.email);
  await page.getByLabel('密码', { exact: true }).fill(account.password);
  await button(page, '登录').click();
  await page.waitForURL('**/workbench');
}

async function nameDepartment(page: Page, name: string): Promise<void> {
  const modal = page.locator('.ant-modal').filter({ has: page.getByLabel('部门名称') });
  await modal.getByLabel('部门名称').fill(name);
  await button(modal, '保存').click();
  await page.getByTestId(`department-${name}`).waitFor();
}

/** 华东大区 with 上海办事处 under it. */
async function createDepartments(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/settings/departments`);
  await page.getByText('还没有部门').waitFor();
  await assertChinesePage(page, 'departments empty');
  await screenshot(page, 'access-01-departments-empty');
  await page.getByRole('button', { name: '新建部门' }).first().click();
  await nameDepartment(page, '华东大区');
  await page.getByTestId('department-actions-华东大区').click();
  await page.getByRole('menuitem', { name: '添加子部门' }).click();
  await nameDepartment(page, '上海办事处');
  await assertChinesePage(page, 'departments');
  await screenshot(page, 'access-02-departments');
}

async function chooseOption(page: Page, text: string): Promise<void> {
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
}

/** 销售代表: may read members (all of them) and their own messages, nothing else. */
async function createRole(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/settings/roles`);
  await page.getByRole('cell', { name: '所有者' }).waitFor();
  await assertChinesePage(page, 'roles');
  await screenshot(page, 'access-03-roles');

  await page.getByRole('button', { name: '新建角色' }).first().click();
  const drawer = openDrawer(page);
  await drawer.getByTestId('permission-matrix').waitFor();
  await drawer.getByLabel('角色名称').fill('销售代表');
  await drawer.getByLabel('标识').fill('sales_rep');
  await drawer.getByTestId('cell-Member-read').check();
  await drawer.getByTestId('cell-Message-read').check();
  await drawer.getByTestId('scope-Message-read').click();
  await chooseOption(page, '本人');
  await assertChinesePage(page, 'role editor');
  await screenshot(page, 'access-04-role-matrix');
  await button(page, '保存').last().click();
  await page.getByText('已创建角色“销售代表”').waitFor();
  await page.getByRole('cell', { name: 'sales_rep' }).waitFor();

  // Read back: the saved rules show as the same cells.
  await button(page.locator('.ant-table-row', { hasText: 'sales_rep' }), '编辑').click();
  await drawer.getByTestId('permission-matrix').waitFor();
  assert.ok(await drawer.getByTestId('cell-Member-read').isChecked(), 'Member · read checked after reload');
  assert.ok(!(await drawer.getByTestId('cell-Member-update').isChecked()), 'Member · update not checked');
  assert.match(await textOf(drawer.getByTestId('scope-Message-read')), /本人/, 'Message · read keeps 本人');
  assert.equal(await drawer.getByTestId('advanced-rules').count(), 0, 'a matrix-made role has no advanced rules');
  await button(page, '取消').last().click();

  await button(page.locator('.ant-table-row', { hasText: '所有者' }), '查看').click();
  await page.getByText('所有者拥有本企业的全部权限').waitFor();
  await drawer.getByTestId('advanced-rules').waitFor();
  assert.equal(await drawer.getByTestId('cell-Member-read').isDisabled(), true, 'owner role is read-only');
  await assertChinesePage(page, 'owner role');
  await screenshot(page, 'access-05-owner-role');
  await button(page, '关闭').last().click();
}

async function inviteAsSalesRep(page: Page, baseUrl: string, email: string): Promise<string> {
  await page.goto(`${baseUrl}/settings/invitations?invite=1`);
  await page.getByLabel('邮箱', { exact: true }).fill(email);
  await page.getByLabel('角色', { exact: true }).click();
  await chooseOption(page, '销售代表');
  await page.getByRole('button', { name: '生成邀请链接' }).click();
  const link = await textOf(page.getByTestId('reveal-once-value'));
  await button(page, '完成').click();
  await page.getByRole('cell', { name: '销售代表' }).waitFor();
  return link;
}

/** The sales rep sees 用户 under 系统设置 and nothing of roles, departments or the audit log. */
async function acceptAndCheckMenu(page: Page, baseUrl: string, link: string, rep: Account): Promise<void> {
  await page.context().clearCookies();
  await page.goto(link);
  await page.getByLabel('您的姓名').fill(rep.name);
  await page.getByLabel('密码', { exact: true }).fill(rep.password);
  await button(page, '加入企业').click();
  await page.waitForURL('**/workbench');

  await menu(page).getByText('系统设置', { exact: true }).click();
  await menu(page).getByText('用户', { exact: true }).waitFor();
  for (const hidden of ['角色与权限', '审计日志', '组织架构', '企业设置', '邀请', 'API 令牌']) {
    assert.equal(await menu(page).getByText(hidden, { exact: true }).count(), 0, `sales rep sees no ${hidden}`);
  }
  await assertChinesePage(page, 'sales rep workbench');
  await screenshot(page, 'access-06-restricted-menu');

  await page.goto(`${baseUrl}/settings/users`);
  await page.locator('.ant-table-row').first().waitFor();
  assert.equal(await button(page, '权限设置').count(), 0, 'no 权限设置 without update Member');
  assert.equal(await button(page, '邀请用户').count(), 0, 'no 邀请用户 without create Invitation');
  await screenshot(page, 'access-07-users-read-only');

  await page.goto(`${baseUrl}/settings/roles`);
  await page.getByText('无权访问').first().waitFor();
}

/** Back as owner: put the rep into 上海办事处 and see it on the users and departments pages. */
async function assignDepartment(page: Page, baseUrl: string, rep: Account): Promise<void> {
  await page.goto(`${baseUrl}/settings/users`);
  await page.getByTestId('filter-role').click();
  await chooseOption(page, '销售代表');
  await page.waitForURL('**/settings/users?role=sales_rep');
  const row = page.locator('.ant-table-row', { hasText: rep.name });
  await row.waitFor();
  // The unfiltered rows stay until the filtered list arrives.
  await page
    .waitForFunction(() => document.querySelectorAll('.ant-table-row').length === 1)
    .catch(() => assert.fail('the role filter leaves the rep only'));

  await row.getByRole('button', { name: '权限设置' }).click();
  const drawer = openDrawer(page);
  await drawer.getByLabel('部门', { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('上海办事处').click();
  await page.keyboard.press('Escape');
  await assertChinesePage(page, 'member access');
  await screenshot(page, 'access-08-member-access');
  await button(page, '保存').last().click();
  await page.getByText(`已保存 ${rep.name} 的权限设置`).waitFor();
  await row.getByText('上海办事处').waitFor();
  await screenshot(page, 'access-09-users');

  await page.goto(`${baseUrl}/settings/departments`);
  await page.getByTestId('department-上海办事处').click();
  await page.locator('.ant-table-row', { hasText: rep.name }).waitFor();
  await screenshot(page, 'access-10-department-members');
}

async function testAsUser(page: Page, baseUrl: string, rep: Account): Promise<void> {
  await page.goto(`${baseUrl}/settings/roles`);
  await page.getByRole('button', { name: '试用身份' }).click();
  await page.getByTestId('preview-member').click();
  await page.keyboard.type(rep.name);
  await chooseOption(page, rep.name);
  const preview = page.getByTestId('access-preview');
  await preview.waitFor();
  assert.match(await textOf(preview.getByTestId('preview-Member-read')), /全部/, 'rep reads all members');
  assert.match(await textOf(preview.getByTestId('preview-Role-read')), /无/, 'rep reads no roles');
  assert.match(await textOf(preview.getByTestId('preview-Message-read')), /部分/, 'rep reads own messages only');
  await assertChinesePage(page, 'test as user');
  await screenshot(page, 'access-11-test-as-user');
}

async function auditLog(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/settings/audit-log`);
  await page.locator('.ant-table-row').first().waitFor();
  await assertChinesePage(page, 'audit log');
  await screenshot(page, 'access-12-audit-log');
  const [download] = await Promise.all([page.waitForEvent('download'), button(page, '导出').click()]);
  assert.match(download.suggestedFilename(), /\.csv$/, 'the export is a CSV file');
}

/** Departments, a custom role in the matrix, a member holding it with a restricted menu, and the owner's tools. */
export async function run(baseUrl: string): Promise<void> {
  const stamp = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const owner: Account = {
    company: `权限测试企业 ${stamp}`,
    name: '孙八',
    email: `owner-${stamp}@example.com`,
    password: `Pw-${randomBytes(6).toString('hex')}`,
  };
  const rep: Account = {
    company: owner.company,
    name: '钱七',
    email: `rep-${stamp}@example.com`,
    password: `Pw-${randomBytes(6).toString('hex')}`,
  };
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  page.setDefaultTimeout(15_000);
  const pageErrors = watchPageErrors(page);
  try {
    await signUpByApi(page, baseUrl, owner);
    await createDepartments(page, baseUrl);
    await createRole(page, baseUrl);
    const link = await inviteAsSalesRep(page, baseUrl, rep.email);
    await acceptAndCheckMenu(page, baseUrl, link, rep);
    await page.context().clearCookies();
    await signIn(page, baseUrl, owner);
    await assignDepartment(page, baseUrl, rep);
    await testAsUser(page, baseUrl, rep);
    await auditLog(page, baseUrl);
    assert.deepEqual(pageErrors, [], 'no uncaught errors in the page');
  } catch (error) {
    await screenshot(page, 'access-failure').catch(() => undefined);
    throw error;
  } finally {
    await browser.close();
  }
}

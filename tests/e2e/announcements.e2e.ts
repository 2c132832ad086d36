import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { type Page, request as playwrightRequest } from 'playwright-core';
import { type BrowserApi, browserApi, button } from './browser-helpers.ts';
import { launchBrowser } from './launch-browser.ts';
import { assertChinesePage, screenshot, watchPageErrors } from './page-checks.ts';

const menu = (page: Page) => page.locator('.ant-layout-sider');

interface Member {
  email: string;
  password: string;
  userId: string;
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
async function invite(baseUrl: string, owner: BrowserApi, name: string, departmentId: string): Promise<Member> {
  const email = `member-${randomBytes(4).toString('hex')}@example.com`;
  const password = `Pw-${randomBytes(6).toString('hex')}`;
  const { token } = await owner.post('/api/invitations', { email, role: 'member' });
  // accepted in a cookie jar of its own, so the owner's browser session stays as it is
  const stranger = await playwrightRequest.newContext();
  const accepted = await stranger.post(`${baseUrl}/api/invitations/accept`, { data: { token, password, displayName: name } });
  assert.equal(accepted.status(), 200, await accepted.text());
  const userId = (await accepted.json()).user.id as string;
  await stranger.dispose();
  await owner.patch(`/api/users/${userId}`, { departmentIds: [departmentId] });
  return { email, password, userId };
}

/** The owner turns 通告管理 on in 系统设置 › 模块; its menu appears without a reload of the server. */
async function enableAnnouncements(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/settings/modules`);
  const row = page.locator('.ant-table-row').filter({ hasText: '通告管理' });
  await button(row, '启用').click();
  await row.getByText('已启用').waitFor();
  await menu(page).getByText('通告', { exact: true }).waitFor();
  await screenshot(page, 'announcements-01-enabled');
}

/** Writes the announcement in the generic form, for the sales department, pinned, and publishes it. */
async function publishToDepartment(page: Page, baseUrl: string, title: string, department: string): Promise<void> {
  await page.goto(`${baseUrl}/m/announcements/announcements`);
  await page.getByRole('button', { name: /新\s*建/ }).first().click();
  await page.waitForURL('**/m/announcements/announcements/new');
  await page.locator('#root_title').fill(title);
  const editor = page.getByTestId('richtext-editor');
  await editor.click();
  await page.keyboard.type('本周五下午三点召开销售例会，请准时参加。');
  await pickDepartment(page, department);
  await page.getByLabel('登录页置顶').check();
  await assertChinesePage(page, 'announcement form');
  await screenshot(page, 'announcements-02-form');
  await button(page, '保存').click();
  await page.waitForURL('**/m/announcements/announcements');
  const row = page.locator('.ant-table-row').filter({ hasText: title });
  await row.getByText('草稿').waitFor();
  await button(row, '发布').click();
  await button(page.locator('.ant-popover, .ant-popconfirm, .ant-modal').last(), '发布').click();
  await row.getByText('已发布').waitFor();
  await screenshot(page, 'announcements-03-published');
}

async function pickDepartment(page: Page, department: string): Promise<void> {
  const field = page.getByTestId('department-select').first();
  await field.click();
  await page.locator('.ant-select-tree-title').filter({ hasText: department }).first().click();
  await page.keyboard.press('Escape');
}

/** What a member sees in the message center, and what opening the announcement shows. */
async function messageTitles(page: Page, baseUrl: string): Promise<string> {
  await page.goto(`${baseUrl}/messages`);
  await page.locator('.ant-table').waitFor();
  await page.waitForLoadState('networkidle');
  return (await page.locator('.ant-table').innerText()) ?? '';
}

export async function run(baseUrl: string): Promise<void> {
  const stamp = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const ownerEmail = `owner-${stamp}@example.com`;
  const ownerPassword = `Pw-${randomBytes(6).toString('hex')}`;
  const title = `销售例会通知 ${stamp}`;
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  page.setDefaultTimeout(15_000);
  const pageErrors = watchPageErrors(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  try {
    const signUp = await page.request.post(`${baseUrl}/api/auth/sign-up`, {
      data: { tenantName: `通告测试企业 ${stamp}`, displayName: '周经理', email: ownerEmail, password: ownerPassword },
    });
    assert.equal(signUp.status(), 201, await signUp.text());
    const owner = await browserApi(page.request, baseUrl);
    const slug = owner.session.tenant.slug as string;
    const sales = (await owner.post('/api/departments', { name: '销售部' })).id as string;
    const finance = (await owner.post('/api/departments', { name: '财务部' })).id as string;
    const inSales = await invite(baseUrl, owner, '销售小王', sales);
    const inFinance = await invite(baseUrl, owner, '财务小李', finance);

    // announcements has a price: the company takes its trial first (the marketplace scenario does it in the UI)
    await owner.post('/api/market/listings/announcements/trial');
    await page.goto(`${baseUrl}/workbench`);
    await enableAnnouncements(page, baseUrl);
    await publishToDepartment(page, baseUrl, title, '销售部');
    const listed = await (await page.request.get(`${baseUrl}/api/p/announcements/announcements?search=${encodeURIComponent(stamp)}`)).json();
    const salesId = (listed.items as { id: string; title: string }[]).find((item) => item.title === title)?.id;
    assert.ok(salesId, 'the published announcement is listed');

    // an announcement whose HTML tries every way to run a script, published to everyone through the API
    const hostile = await owner.post('/api/p/announcements/announcements', {
      title: `安全检查 ${stamp}`,
      audience: { all: true },
      body: [
        '<p>正常内容</p><script>window.__xss = "script"</script>',
        '<img src="x" onerror="window.__xss = \'onerror\'">',
        '<a id="bad-link" href="javascript:window.__xss=\'href\'">点我</a>',
        '<svg><script>window.__xss = "svg"</script><image href="x" onerror="window.__xss=\'svg-img\'"/></svg>',
        '<iframe srcdoc="<script>parent.__xss=\'iframe\'</script>"></iframe>',
        '<p onmouseover="window.__xss=\'hover\'">悬停</p>',
      ].join(''),
    });
    await owner.post(`/api/p/announcements/announcements/${hostile.id}/actions/publish`);

    await signIn(page, baseUrl, inSales.email, inSales.password);
    assert.match(await messageTitles(page, baseUrl), new RegExp(`通告：${title}`), 'the sales member has the announcement');
    await page.getByText(`通告：${title}`).first().click();
    await page.waitForURL('**/m/announcements/read?id=*');
    await page.getByTestId('announcement-body').getByText('销售例会').waitFor();
    await assertChinesePage(page, 'announcement read page');
    await screenshot(page, 'announcements-04-read');

    await page.goto(`${baseUrl}/m/announcements/read?id=${hostile.id}`);
    await page.getByTestId('announcement-body').getByText('正常内容').waitFor();
    await page.getByTestId('announcement-body').getByText('悬停').hover();
    await page.getByTestId('announcement-body').getByText('点我').click({ noWaitAfter: true });
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => (window as { __xss?: string }).__xss), undefined, 'no script in the announcement ran');
    assert.equal(await page.getByTestId('announcement-body').locator('script, svg, iframe, [onerror], [onmouseover]').count(), 0);
    await screenshot(page, 'announcements-05-sanitized');

    await signIn(page, baseUrl, inFinance.email, inFinance.password);
    const financeInbox = await messageTitles(page, baseUrl);
    assert.doesNotMatch(financeInbox, new RegExp(title), 'the finance member does not get the sales announcement');
    assert.match(financeInbox, /安全检查/, 'but does get the one for everyone');
    await page.goto(`${baseUrl}/m/announcements/read?id=${salesId}`);
    await page.getByText('该通告不存在或已撤回').waitFor();

    await page.context().clearCookies();
    await page.goto(`${baseUrl}/sign-in?tenant=${slug}`);
    await page.getByText(title).waitFor();
    await screenshot(page, 'announcements-06-sign-in-pinned');

    assert.deepEqual(dialogs, [], 'no alert, confirm or prompt was opened');
    assert.deepEqual(pageErrors, [], 'no uncaught errors in the page');
  } catch (error) {
    await screenshot(page, 'announcements-failure').catch(() => undefined);
    throw error;
  } finally {
    await browser.close();
  }
}

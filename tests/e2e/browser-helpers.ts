import assert from 'node:assert/strict';
import type { APIRequestContext, Locator, Page } from 'playwright-core';

// antd puts a space between the two characters of a Chinese button label (保 存), so match loosely.
export const button = (within: Page | Locator, label: string) =>
  within.locator('button').filter({ hasText: new RegExp(`^\\s*${[...label].join('\\s*')}\\s*$`) });

/** An option of the select dropdown that is open now. */
export const visibleOption = (page: Page, label: string) =>
  page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: label });

/** Opens an antd select and picks the option with `label`. */
export async function pick(page: Page, select: Locator, label: string): Promise<void> {
  await select.click();
  await visibleOption(page, label).first().click();
}

/** The rows of a table as the texts of their cells. */
export async function tableRows(table: Locator): Promise<string[][]> {
  return table.locator('.ant-table-row').evaluateAll((rows) =>
    rows.map((row) => Array.from(row.querySelectorAll('td'), (cell) => (cell.textContent ?? '').trim())),
  );
}

/**
 * The JSON API as the browser's signed-in user (cookie from the context, CSRF token from the session), for
 * setting up what a scenario needs; every answer must be 2xx.
 */
export async function browserApi(request: APIRequestContext, baseUrl: string) {
  const session = await (await request.get(`${baseUrl}/api/auth/session`)).json();
  const headers = { 'x-csrf-token': session.csrfToken as string };
  const send = async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, data?: object) => {
    const response = await request.fetch(`${baseUrl}${path}`, { method, headers, ...(data === undefined ? {} : { data }) });
    assert.ok(response.ok(), `${method} ${path} answered ${response.status()}: ${await response.text()}`);
    return response.status() === 204 ? {} : response.json();
  };
  return {
    /** The session's view (`GET /api/auth/session`): user, tenant, CSRF token. */
    session,
    get: (path: string) => send('GET', path),
    post: (path: string, data: object = {}) => send('POST', path, data),
    patch: (path: string, data: object) => send('PATCH', path, data),
    delete: (path: string) => send('DELETE', path),
  };
}

export type BrowserApi = Awaited<ReturnType<typeof browserApi>>;

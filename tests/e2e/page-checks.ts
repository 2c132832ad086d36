import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';

const screenshotDir = new URL('./screenshots/', import.meta.url);

/**
 * Waits (up to a second) for finite CSS animations such as drawers sliding in, so a screenshot shows their
 * end state and a click lands on a popover that has finished opening.
 */
export async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((animation) => {
      const iterations = animation.effect?.getTiming().iterations;
      return iterations !== undefined && Number.isFinite(iterations);
    });
    const finished = Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
    await Promise.race([finished, new Promise((resolve) => setTimeout(resolve, 1000))]);
  });
}

/** Saves `tests/e2e/screenshots/<name>.png` for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await settleAnimations(page);
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path: fileURLToPath(new URL(`${name}.png`, screenshotDir)), fullPage: true });
}

// An i18n key that was not translated shows itself, e.g. `shell.menu.users`.
const rawKey = /\b(?:auth|common|custom-fields|errors|market|messages|operator|resource|roles|settings|shell|workbench)\.[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*\b/;

/** An element's text; empty when it has none. */
export async function textOf(locator: Locator): Promise<string> {
  return (await locator.textContent()) ?? '';
}

/** The text a person sees: rendered text, without hidden menus, styles or scripts. */
function visibleText(page: Page): Promise<string> {
  // Playwright's innerText() is the rendered text we check.
  return page.locator('body').innerText();
}

/** Fails when the page shows an untranslated key or raw JSON instead of text. */
export async function assertCleanText(page: Page, where: string): Promise<void> {
  const text = await visibleText(page);
  const key = rawKey.exec(text);
  assert.equal(key, null, `${where}: untranslated key "${key?.[0]}" on the page`);
  assert.doesNotMatch(text, /\{\s*"[a-zA-Z]+"\s*:/, `${where}: raw JSON on the page`);
}

/** A zh-CN page should not show English UI words (product name, e-mails and codes aside). */
export async function assertChinesePage(page: Page, where: string): Promise<void> {
  await assertCleanText(page, where);
  const text = await visibleText(page);
  for (const word of ['Workbench', 'Settings', 'Sign in', 'Save', 'Users', 'Message center', 'Actions']) {
    assert.ok(!text.includes(word), `${where}: English "${word}" on a zh-CN page`);
  }
}

/** Collects uncaught page errors so the run can fail on any of them at the end. */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

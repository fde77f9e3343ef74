import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The demo accounts' shared password (README). */
export const DEMO_PASSWORD = 'thidua2024';

/** Signs in on the sign-in page of `baseUrl` and waits for the user's name in the header. */
export async function signIn(page: Page, baseUrl: string, username: string, fullName: string): Promise<void> {
  await page.goto(baseUrl);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect.poll(() => page.getByText(fullName).first().isVisible(), { timeout: 20_000 }).toBe(true);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect.poll(() => page.getByLabel('Tên đăng nhập').isVisible(), { timeout: 20_000 }).toBe(true);
}

/** Is the first element showing this text visible (exact for a string, a pattern otherwise)? */
export const visible = (page: Page, text: string | RegExp) => page.getByText(text, { exact: typeof text === 'string' }).first().isVisible();

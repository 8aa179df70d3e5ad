import type { Page } from 'playwright-core';
import type { Credentials } from './server';

/** Signs the page's browser context in (the session cookie is shared with the page). */
export async function signIn(page: Page, baseUrl: string, credentials: Credentials): Promise<void> {
  const response = await page.request.post(`${baseUrl}/api/auth/login`, { data: credentials });
  if (!response.ok()) throw new Error(`sign-in failed: ${response.status()} ${await response.text()}`);
}

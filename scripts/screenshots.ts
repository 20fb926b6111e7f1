// `npm run screenshots`: PNGs of each main screen, light and dark, in screenshots/ (git-ignored),
// for review. The same set-up as the end-to-end tests: the built renderer in Debian's Chromium,
// bridged to a real app core (temp vault, shared model, signed policy, local mock provider).
// usage: tsx scripts/screenshots.ts [--out DIR] [--width 1280 --height 860]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { startMockProvider, type MockProvider } from '../electron/services/providers/mock';
import { launchBrowser } from '../tests/e2e/support/browser';
import { ROOT } from '../tests/e2e/support/build';
import { PASSPHRASE, openScenario, promptBox, stopRendererServer } from '../tests/e2e/support/harness';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: path.join(ROOT, 'screenshots') },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '860' },
  },
});
const OUT = path.resolve(values.out);
const viewport = { width: Number(values.width), height: Number(values.height) };

const sharedModel = path.resolve(ROOT, '..', 'shared', 'models', 'ci', 'ner-cnn-conll-pii');
if (!process.env.PROMPT_VAULT_MODEL_DIR && fs.existsSync(sharedModel)) process.env.PROMPT_VAULT_MODEL_DIR = sharedModel;

const PROMPT =
  'Please draft a friendly reminder to Maria Schneider about Project Nightingale. ' +
  'She can reach the staging API with sk-proj-Q7vN2mXc9LpR4tYb8KzW3sHd6FjG1aEu0iOo5 until Friday; ' +
  'ask her to meet Jonas Weber at the Berlin office.';

const written: string[] = [];
async function shot(page: Page, name: string, theme: string) {
  await page.evaluate('document.fonts.ready');
  const file = path.join(OUT, `${name}-${theme}.png`);
  await page.screenshot({ path: file, fullPage: false });
  written.push(path.relative(ROOT, file));
}

async function go(page: Page, screen: string) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: new RegExp(`^${screen}`) })
    .click();
  await page.getByRole('heading', { level: 1, name: screen }).waitFor();
}

async function capture(browser: Browser, mock: MockProvider, theme: 'light' | 'dark') {
  // First run and the recovery key.
  const fresh = await openScenario(browser, { mock, vault: 'none', theme, viewport });
  try {
    const { page } = fresh;
    await page.getByRole('heading', { name: 'Create your vault' }).waitFor();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Repeat passphrase').fill(PASSPHRASE);
    await shot(page, '01-first-run', theme);
    await page.getByRole('button', { name: 'Create vault' }).click();
    await page.getByRole('heading', { name: 'Your recovery key' }).waitFor();
    await shot(page, '02-recovery-key', theme);
  } finally {
    await fresh.close();
  }

  // Unlock, after a wrong passphrase.
  const locked = await openScenario(browser, { mock, vault: 'locked', theme, viewport });
  try {
    const { page } = locked;
    await page.getByRole('heading', { name: 'Unlock your vault' }).waitFor();
    await page.getByLabel('Passphrase').fill('not my passphrase');
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await page.getByRole('alert').waitFor();
    await shot(page, '03-unlock-wrong-passphrase', theme);
  } finally {
    await locked.close();
  }

  // Compose, history, settings.
  const s = await openScenario(browser, {
    mock,
    vault: 'ready',
    theme,
    viewport,
    policy: { denyTerms: ['Project Nightingale'], maxRetentionDays: 90 },
  });
  try {
    const { page } = s;
    await s.seed('Summarise the quarterly budget review for the finance team.');
    await s.seed('Write a haiku about autumn rain on the harbour.');
    await promptBox(page).fill(PROMPT);
    await page.locator('.chip').nth(2).waitFor();
    await page.getByRole('checkbox', { name: 'Preview what will be sent' }).check();
    await page.getByTestId('preview').filter({ hasText: '[[' }).waitFor();
    await shot(page, '04-compose-review', theme);
    await page.getByRole('button', { name: /^Send/ }).click();
    await page.getByRole('region', { name: 'Conversation' }).getByText('restored locally').waitFor();
    await shot(page, '05-compose-answer', theme);
    await go(page, 'History');
    await page.getByRole('region', { name: 'Conversations' }).getByRole('listitem').first().getByRole('button').click();
    await page.getByRole('region', { name: 'Conversation' }).getByRole('heading', { level: 2 }).waitFor();
    await shot(page, '06-history', theme);
    await go(page, 'Settings');
    await shot(page, '07-settings', theme);
  } finally {
    await s.close();
  }

  // The narrowest supported window.
  const small = await openScenario(browser, {
    mock,
    vault: 'ready',
    theme,
    viewport: { width: 900, height: 600 },
    policy: { denyTerms: ['Project Nightingale'] },
  });
  try {
    await promptBox(small.page).fill(PROMPT);
    await small.page.locator('.chip').nth(2).waitFor();
    await shot(small.page, '08-compose-900x600', theme);
  } finally {
    await small.close();
  }
}

async function main(): Promise<number> {
  fs.mkdirSync(OUT, { recursive: true });
  const browser = await launchBrowser();
  const mock = await startMockProvider({ chunkSize: 12 });
  try {
    for (const theme of ['light', 'dark'] as const) await capture(browser, mock, theme);
  } finally {
    await browser.close();
    await mock.close();
    await stopRendererServer();
  }
  console.log(`Wrote ${written.length} screenshots:\n  ${written.join('\n  ')}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  },
);

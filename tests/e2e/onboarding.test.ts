// First run (create the vault, recovery key shown once and typed back), lock and unlock, the wrong
// passphrase and the growing delay, and axe-core on the first-run and unlock screens in both themes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startMockProvider, type MockProvider } from '../../electron/services/providers/mock';
import { assertAccessible } from './support/axe';
import { launchBrowser } from './support/browser';
import { PASSPHRASE, openScenario, promptBox, stopRendererServer, type Scenario } from './support/harness';

let browser: Browser;
let mock: MockProvider;
before(async () => {
  browser = await launchBrowser();
  mock = await startMockProvider({});
});
after(async () => {
  await browser?.close();
  await mock?.close();
  await stopRendererServer();
});

async function expectVisible(page: Page, name: string | RegExp, role: 'heading' | 'button' = 'heading') {
  await page.getByRole(role, { name }).first().waitFor({ state: 'visible' });
}

describe('first run', () => {
  let s: Scenario;
  before(async () => {
    s = await openScenario(browser, { mock, vault: 'none' });
  });
  after(async () => s?.close());

  it('starts on the vault creation screen, accessible', async () => {
    await expectVisible(s.page, 'Create your vault');
    assert.equal((await s.call('app.info')).ok && true, true);
    await assertAccessible(s.page, 'first run (light)');
  });

  it('refuses a weak or mismatched passphrase before anything is created', async () => {
    const { page } = s;
    const create = page.getByRole('button', { name: 'Create vault' });
    await page.getByLabel('Passphrase', { exact: true }).fill('abc');
    assert.equal(await create.isDisabled(), true, 'weak passphrase');
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Repeat passphrase').fill(PASSPHRASE + 'x');
    await page.getByText('The passphrases differ.').waitFor();
    assert.equal(await create.isDisabled(), true, 'mismatch');
    const status = await s.call('vault.status');
    assert.ok(status.ok && (status.value as { exists: boolean }).exists === false);
  });

  it('creates the vault, shows the recovery key once and needs it typed back', async () => {
    const { page } = s;
    await page.getByLabel('Repeat passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Create vault' }).click();
    await expectVisible(page, 'Your recovery key');
    const key = (await page.getByTestId('recovery-key').textContent())?.trim() ?? '';
    assert.ok(key.length >= 20, `recovery key shown (${key.length} chars)`);
    await assertAccessible(page, 'recovery key');
    await page.getByRole('button', { name: 'I have saved it' }).click();

    await expectVisible(page, 'Confirm your recovery key');
    await page.getByLabel('Recovery key').fill('NOT-THE-KEY');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('alert').filter({ hasText: 'not the recovery key' }).waitFor();
    let status = await s.call('vault.status');
    assert.ok(status.ok && (status.value as { recoveryPending: boolean }).recoveryPending, 'still pending');

    await page.getByLabel('Recovery key').fill(key);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expectVisible(page, 'Almost there');
    status = await s.call('vault.status');
    assert.deepEqual(
      status.ok && {
        unlocked: (status.value as { unlocked: boolean }).unlocked,
        pending: (status.value as { recoveryPending: boolean }).recoveryPending,
      },
      { unlocked: true, pending: false },
    );
    // The setup step lists the approved provider and the model state.
    await s.page.getByText('Mock AI').first().waitFor();
    await s.page.getByRole('heading', { name: 'Detection model' }).waitFor();
    await assertAccessible(page, 'first-run setup');
    await page.getByRole('button', { name: 'Start using Prompt Vault' }).click();
    await promptBox(s.page).waitFor();
    await s.page.getByTestId('status-vault').filter({ hasText: 'Vault unlocked' }).waitFor();
  });

  it('locks from the navigation, then unlocks with the passphrase', async () => {
    const { page } = s;
    await page.getByRole('button', { name: /^Lock/ }).click();
    await expectVisible(page, 'Unlock your vault');
    const st = await s.call('vault.status');
    assert.ok(st.ok && (st.value as { unlocked: boolean }).unlocked === false);
    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await promptBox(page).waitFor();
    assert.deepEqual(s.pageErrors, []);
    assert.deepEqual(s.foreignRequests, [], 'the page talked to nothing but its own files');
  });
});

describe('wrong passphrase', () => {
  let s: Scenario;
  before(async () => {
    s = await openScenario(browser, { mock, vault: 'locked' });
  });
  after(async () => s?.close());

  it('says the passphrase is wrong, keeps the vault locked and the typed text', async () => {
    const { page } = s;
    await expectVisible(page, 'Unlock your vault');
    const field = page.getByLabel('Passphrase');
    await field.fill('not my passphrase');
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /passphrase/i);
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.equal(await field.inputValue(), 'not my passphrase', 'nothing typed is lost');
    const st = await s.call('vault.status');
    assert.ok(st.ok && (st.value as { unlocked: boolean }).unlocked === false);
    assert.ok(s.log.calls.some((c) => c.name === 'vault.unlock' && c.code === 'WRONG_PASSPHRASE'));
  });

  it('slows down repeated guesses, then accepts the right passphrase', async () => {
    const { page } = s;
    const unlock = page.getByRole('button', { name: 'Unlock', exact: true });
    for (let i = 0; i < 2; i++) {
      await page.getByLabel('Passphrase').fill(`wrong guess ${i}`);
      await unlock.click();
      await page.waitForFunction((n) => document.querySelectorAll('[role=alert]').length > 0 && n >= 0, i);
      await page.waitForFunction(() => !document.querySelector('button[type=submit] .spinner'));
    }
    // Three failures: the vault asks for a pause before the next attempt.
    await page.getByText(/Too many attempts: try again in \d+ s/).waitFor();
    assert.equal(await unlock.isDisabled(), true);
    const st = await s.call('vault.status');
    assert.ok(st.ok && ((st.value as { retryAfterSeconds?: number }).retryAfterSeconds ?? 0) > 0);
    // The button comes back by itself when the pause is over.
    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.waitForFunction(
      () => {
        const b = [...document.querySelectorAll('button')].find((x) => x.textContent?.trim() === 'Unlock');
        return b && !b.disabled;
      },
      undefined,
      { timeout: 15_000 },
    );
    await unlock.click();
    await promptBox(page).waitFor();
  });
});

describe('accessibility of the entry screens in both themes', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`unlock and first run pass axe-core (${theme})`, async () => {
      const locked = await openScenario(browser, { mock, vault: 'locked', theme });
      try {
        await expectVisible(locked.page, 'Unlock your vault');
        assert.equal(await locked.page.evaluate(() => document.documentElement.dataset.theme), theme);
        await assertAccessible(locked.page, `unlock (${theme})`);
        // Keyboard: the passphrase field has focus; Tab reaches the Unlock button with a visible ring.
        await locked.page.keyboard.type('x');
        assert.equal(await locked.page.getByLabel('Passphrase').inputValue(), 'x');
        await locked.page.keyboard.press('Tab');
        const focused = await locked.page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const cs = getComputedStyle(el);
          return { text: el.textContent?.trim(), outline: cs.outlineStyle, width: parseFloat(cs.outlineWidth) };
        });
        assert.equal(focused.text, 'Unlock');
        assert.notEqual(focused.outline, 'none', 'focus is visible');
        assert.ok(focused.width >= 2, `focus ring width ${focused.width}`);
      } finally {
        await locked.close();
      }
      const fresh = await openScenario(browser, { mock, vault: 'none', theme });
      try {
        await expectVisible(fresh.page, 'Create your vault');
        await assertAccessible(fresh.page, `first run (${theme})`);
      } finally {
        await fresh.close();
      }
    });
  }
});

// Compose in the real UI: live detection and the user's keep/redact choices, the preview of
// exactly what leaves, sending with the answer streamed and restored (placeholders split across
// chunks by the mock provider), the provider never receiving an original value, nothing readable
// at rest, provider errors, and the layout at 900x600.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startMockProvider, type MockProvider } from '../../electron/services/providers/mock';
import { assertAccessible } from './support/axe';
import { launchBrowser } from './support/browser';
import { allBytes, openScenario, promptBox, stopRendererServer, type Scenario } from './support/harness';

// Values the provider must never see. The name is found by the name recognizers and the model,
// the code name by the policy's deny list, the key by the secret detectors.
const NAME = 'Maria Schneider';
const CODENAME = 'Project Nightingale';
const KEY = 'sk-proj-Q7vN2mXc9LpR4tYb8KzW3sHd6FjG1aEu0iOo5';
const PROMPT = `Please write a short thank-you note to ${NAME} for her work on ${CODENAME}. Our staging key is ${KEY} and must stay private.`;
const MARKERS = [NAME, CODENAME, KEY];

let browser: Browser;
let mock: MockProvider;
before(async () => {
  browser = await launchBrowser();
  mock = await startMockProvider({ splitPlaceholders: true, chunkSize: 6, delayMs: 15 });
});
after(async () => {
  await browser?.close();
  await mock?.close();
  await stopRendererServer();
});

const redactToggle = (page: Page, type: string, text: string) =>
  page.getByRole('button', { name: `Redact ${type} ${text}`, exact: true });

async function typePrompt(page: Page, text: string) {
  const box = promptBox(page);
  await box.fill(text);
  // Live detection is debounced; wait until the review list has caught up with this text.
  await page.getByRole('complementary', { name: 'Found in your prompt' }).getByRole('listitem').first().waitFor();
}

describe('compose, review and send', () => {
  let s: Scenario;
  before(async () => {
    s = await openScenario(browser, { mock, vault: 'ready', policy: { denyTerms: [CODENAME] } });
    await promptBox(s.page).waitFor();
  });
  after(async () => s?.close());

  it('highlights what was found as you type and lists it for review', async () => {
    const { page } = s;
    await typePrompt(page, PROMPT);
    const person = redactToggle(page, 'Person', NAME);
    await person.waitFor();
    await redactToggle(page, 'Secret', CODENAME).waitFor();
    await redactToggle(page, 'Secret', KEY).waitFor();
    // Everything found is redacted by default.
    for (const b of await page.getByRole('complementary').getByRole('button', { pressed: true }).all()) {
      assert.equal(await b.getAttribute('aria-pressed'), 'true');
    }
    assert.equal(await person.getAttribute('aria-pressed'), 'true');
    // The editor's backdrop paints the same spans.
    const marks = await page.locator('.editor-backdrop mark').allTextContents();
    for (const m of MARKERS) assert.ok(marks.includes(m), `highlighted: ${m} in ${JSON.stringify(marks)}`);
    await page
      .getByText('A secret was found and will be redacted.')
      .or(page.getByText(/secrets were found/))
      .waitFor();
    const send = page.getByRole('button', { name: /^Send/ });
    assert.match((await send.textContent()) ?? '', /\(3 redacted\)/);
    assert.equal(await send.isEnabled(), true);
    await assertAccessible(page, 'compose with entities (light)');
  });

  it('keeps or redacts an entity with its toggle; required types cannot be kept', async () => {
    const { page } = s;
    const person = redactToggle(page, 'Person', NAME);
    await page.getByRole('checkbox', { name: 'Preview what will be sent' }).check();
    const preview = page.getByTestId('preview');
    await preview.filter({ hasText: '[[PERSON_1]]' }).waitFor();
    assert.ok(!(await preview.textContent())!.includes(NAME));

    await person.click();
    assert.equal(await person.getAttribute('aria-pressed'), 'false');
    await preview.filter({ hasText: NAME }).waitFor();
    assert.ok(!(await preview.textContent())!.includes('[[PERSON_'), 'kept: sent as typed');
    assert.match((await page.getByRole('button', { name: /^Send/ }).textContent()) ?? '', /\(2 redacted\)/);

    // The secret is required by the policy: its toggle stays on.
    const key = redactToggle(page, 'Secret', KEY);
    assert.equal(await key.isDisabled(), true);
    assert.equal(await key.getAttribute('aria-pressed'), 'true');

    // Keyboard: the toggle is reachable and Space flips it back.
    await person.focus();
    await page.keyboard.press('Space');
    assert.equal(await person.getAttribute('aria-pressed'), 'true');
    await preview.filter({ hasText: '[[PERSON_1]]' }).waitFor();
    const text = (await preview.textContent()) ?? '';
    for (const m of MARKERS) assert.ok(!text.includes(m), `preview hides ${m}`);
    assert.match(text, /\[\[SECRET_1\]\].*\[\[SECRET_2\]\]/s);
  });

  it('sends only the redacted prompt and streams the answer restored', async () => {
    const { page, log } = s;
    const before = mock.requests.length;
    await page.getByRole('button', { name: /^Send/ }).click();

    // The user's turn shows what was sent; the answer streams in with the values put back.
    const conversation = page.getByRole('region', { name: 'Conversation' });
    await conversation.getByText('restored locally').waitFor({ timeout: 60_000 });
    const answer = conversation.locator('.msg:not(.user) .answer').last();
    const shown = (await answer.textContent()) ?? '';
    assert.ok(shown.startsWith('You said: '), shown);
    for (const m of MARKERS) assert.ok(shown.includes(m), `restored in the answer: ${m}`);
    assert.ok(!/\[\[|\]\]/.test(shown), `no placeholder left: ${shown}`);
    const restored = await answer.locator('.restored').allTextContents();
    assert.ok(restored.includes(NAME), 'restored values are marked');
    assert.equal(await promptBox(page).inputValue(), '', 'the editor is cleared for the next prompt');

    // Exactly one request; it carried placeholders, never the originals.
    assert.equal(mock.requests.length, before + 1);
    const req = mock.requests.at(-1)!;
    for (const m of MARKERS) assert.ok(!req.raw.includes(m), `the provider never saw ${m}`);
    assert.match(req.raw, /\[\[PERSON_1\]\]/);

    // It really streamed, with placeholders cut across chunks, and each chunk shown was restored.
    const chunks = log.events
      .filter((e) => e.event === 'chat.chunk')
      .map((e) => e.payload as { text: string; raw?: string });
    assert.ok(chunks.length > 5, `${chunks.length} chunks`);
    assert.ok(
      chunks.some((c) => c.raw !== undefined && /\[\[[A-Z]*$|^[A-Z_]*\d*\]\]/.test(c.raw)),
      'some raw chunk ended or started inside a placeholder',
    );
    for (const c of chunks)
      assert.ok(!c.text.includes('[['), `no partial placeholder shown: ${JSON.stringify(c.text)}`);

    // At rest: the vault files hold none of the values, the prompt or the answer.
    const bytes = allBytes(s.dataDir);
    for (const m of [...MARKERS, 'thank-you note']) assert.equal(bytes.indexOf(m), -1, `not readable at rest: ${m}`);
    assert.deepEqual(s.foreignRequests, []);
    await assertAccessible(page, 'compose with an answer');
  });

  it('continues the conversation with the same placeholders', async () => {
    const { page } = s;
    await typePrompt(page, `Now a shorter one, still for ${NAME}.`);
    await page.getByRole('button', { name: /^Send/ }).click();
    await page
      .getByRole('region', { name: 'Conversation' })
      .locator('.msg:not(.user)')
      .nth(1)
      .getByText('restored locally')
      .waitFor();
    const req = mock.requests.at(-1)!;
    assert.ok(!req.raw.includes(NAME));
    const last = req.messages.at(-1)!;
    assert.match(last.content, /still for \[\[PERSON_1\]\]/, 'the same person keeps the same placeholder');
    assert.ok(req.messages.length >= 3, 'history went along (redacted)');
  });
});

describe('provider errors and refusals', () => {
  let s: Scenario;
  before(async () => {
    s = await openScenario(browser, { mock, vault: 'ready' });
    await promptBox(s.page).waitFor();
  });
  after(async () => {
    mock.set({ splitPlaceholders: true, chunkSize: 6, delayMs: 15 });
    await s?.close();
  });

  it('shows an HTTP error from the provider and lets the user send the prompt again', async () => {
    const { page } = s;
    mock.set({ httpStatus: 500 });
    const prompt = `Summarise the meeting with ${NAME} in three bullet points.`;
    await typePrompt(page, prompt);
    await page.getByRole('button', { name: /^Send/ }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The provider failed' });
    await alert.waitFor();
    assert.ok(s.log.events.some((e) => e.event === 'chat.error'));
    assert.ok(!(await alert.textContent())!.includes(NAME), 'the error does not echo personal data');
    // Nothing is lost: the prompt comes back into the editor with one click.
    await alert.getByRole('button', { name: 'Edit and send again' }).click();
    assert.equal(await promptBox(page).inputValue(), prompt);

    mock.set({ chunkSize: 50 });
    await page.getByRole('button', { name: /^Send/ }).waitFor();
    await page.waitForFunction(() => {
      const b = [...document.querySelectorAll('button')].find((x) => x.textContent?.startsWith('Send'));
      return b && !b.disabled && document.querySelectorAll('.chip').length > 0;
    });
    await page.getByRole('button', { name: /^Send/ }).click();
    await page.getByRole('region', { name: 'Conversation' }).getByText('restored locally').waitFor();
    const answers = await page.locator('.msg:not(.user) .answer').allTextContents();
    assert.ok(answers.at(-1)!.includes(NAME));
  });

  it('keeps a partial answer and marks it incomplete when the stream breaks', async () => {
    const { page } = s;
    mock.set({ chunkSize: 4, disconnectAfter: 3 });
    await typePrompt(page, `Tell ${NAME} the plan changed.`);
    // An earlier turn's error is still on screen: wait for a new one, not for that.
    const alerts = page.getByRole('alert').filter({ hasText: 'The provider failed' });
    const earlier = await alerts.count();
    await page.getByRole('button', { name: /^Send/ }).click();
    await alerts.nth(earlier).waitFor();
    const meta = await page.locator('.msg:not(.user) .msg-meta').last().textContent();
    assert.match(meta ?? '', /incomplete/);
  });

  it('locks mid-compose: the draft leaves the screen with the reason shown, and nothing is sent', async () => {
    const { page } = s;
    mock.set({});
    const before = mock.requests.length;
    await typePrompt(page, `Invite ${NAME} to the review.`);
    await s.app.lock('idle');
    // The lock event takes the user to the unlock screen with the reason.
    await page.getByRole('heading', { name: 'Unlock your vault' }).waitFor();
    await page.getByText('The vault locked itself after a period of inactivity.').waitFor();
    const html = await page.content();
    assert.ok(!html.includes(NAME), 'no personal data stays on screen while locked');
    assert.equal(mock.requests.length, before, 'nothing was sent');
    const res = await s.call('detect.run', { text: 'anything' });
    assert.equal(res.ok ? 'ok' : res.error.code, 'VAULT_LOCKED');
  });
});

describe('a 10 MB paste', () => {
  let s: Scenario;
  before(async () => {
    s = await openScenario(browser, { mock, vault: 'ready' });
    await promptBox(s.page).waitFor();
  });
  after(async () => s?.close());

  it('is kept in the editor, not scanned or sent, and the limit is explained', async () => {
    const { page } = s;
    const before = mock.requests.length;
    const big = `Contact ${NAME} about the report. `.repeat(Math.ceil(10_000_000 / 40)).slice(0, 10_000_000);
    // 10 MB through the page takes seconds on a busy CI machine: generous limits for these steps.
    await promptBox(page).fill(big, { timeout: 120_000 });
    await page.getByRole('alert').filter({ hasText: 'This prompt is too long to check' }).waitFor({ timeout: 120_000 });
    assert.equal(await page.getByRole('button', { name: /^Send/ }).isDisabled(), true);
    await promptBox(page).press('Control+Enter', { timeout: 120_000 });
    assert.equal(await promptBox(page).evaluate((el) => (el as HTMLTextAreaElement).value.length), 10_000_000);
    assert.equal(mock.requests.length, before, 'nothing was sent');
    assert.ok(
      !s.log.calls.some((c) => c.name === 'detect.run' || c.name === 'chat.send'),
      'nothing was scanned or sent',
    );
    // Cut down to a normal prompt, it is checked again as usual.
    await promptBox(page).fill(`Contact ${NAME} about the report.`, { timeout: 120_000 });
    await redactToggle(page, 'Person', NAME).waitFor();
    assert.equal(await page.getByRole('alert').filter({ hasText: 'too long' }).count(), 0);
  });
});

describe('a stream that outruns the reply to chat.send', () => {
  // Over IPC the stream's first events can reach the page before chat.send's own reply; the
  // bridge holds the reply back so that they always do here.
  let s: Scenario;
  before(async () => {
    s = await openScenario(browser, { mock, vault: 'ready', replyDelayMs: { 'chat.send': 400 } });
    await promptBox(s.page).waitFor();
  });
  after(async () => {
    mock.set({ splitPlaceholders: true, chunkSize: 6, delayMs: 15 });
    await s?.close();
  });

  it('shows a provider error that arrived before the reply, and the user can send again', async () => {
    const { page } = s;
    mock.set({ httpStatus: 500 });
    await typePrompt(page, `Summarise the call with ${NAME}.`);
    await page.getByRole('button', { name: /^Send/ }).click();
    await page.getByRole('alert').filter({ hasText: 'The provider failed' }).waitFor();
    const errorAt = s.log.events.findIndex((e) => e.event === 'chat.error');
    assert.ok(errorAt >= 0, 'the error event was sent');
    assert.equal(await page.locator('.msg-meta', { hasText: 'answering' }).count(), 0, 'no answer is left waiting');
  });

  it('restores a whole answer that streamed before the reply', async () => {
    const { page } = s;
    mock.set({ chunkSize: 500, delayMs: 0 });
    await typePrompt(page, `Write two lines to ${NAME}.`);
    await page.getByRole('button', { name: /^Send/ }).click();
    await page.getByRole('region', { name: 'Conversation' }).getByText('restored locally').last().waitFor();
    const answers = await page.locator('.msg:not(.user) .answer').allTextContents();
    assert.ok(answers.at(-1)!.includes(NAME), 'the placeholder in the answer was restored');
  });
});

describe('layout at 900x600 and dark theme', () => {
  it('keeps the editor, the review and the Send button reachable, without horizontal scrolling', async () => {
    const s = await openScenario(browser, {
      mock,
      vault: 'ready',
      theme: 'dark',
      viewport: { width: 900, height: 600 },
      policy: { denyTerms: [CODENAME] },
    });
    try {
      const { page } = s;
      await typePrompt(page, PROMPT);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
      const overflow = await page.evaluate(() => ({
        doc: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        main: (() => {
          const m = document.querySelector('main')!;
          return m.scrollWidth - m.clientWidth;
        })(),
      }));
      assert.deepEqual(overflow, { doc: 0, main: 0 }, 'no horizontal scrolling');
      const send = page.getByRole('button', { name: /^Send/ });
      await send.scrollIntoViewIfNeeded();
      const box = (await send.boundingBox())!;
      assert.ok(box.x >= 0 && box.x + box.width <= 900 && box.y >= 0 && box.y + box.height <= 600, JSON.stringify(box));
      // The navigation and the status bar stay on screen.
      for (const name of ['Compose', 'History', 'Settings']) {
        const b = (await page
          .getByRole('navigation')
          .getByRole('button', { name: new RegExp(`^${name}`) })
          .boundingBox())!;
        assert.ok(b.y + b.height <= 600, `${name} visible`);
      }
      const status = (await page.getByRole('contentinfo').boundingBox())!;
      assert.ok(status.y + status.height <= 600 + 0.5, 'status bar visible');
      await assertAccessible(page, 'compose with entities (dark, 900x600)');
      // Ctrl+Enter sends from the editor.
      await promptBox(page).focus();
      await page.keyboard.press('Control+Enter');
      await page.getByRole('region', { name: 'Conversation' }).getByText('restored locally').waitFor();
    } finally {
      await s.close();
    }
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCsp, securityHeaders } from '../../../electron/shell/csp';
import { createExternalOpener, permissionDecision, shouldBlockNavigation } from '../../../electron/shell/navigation';
import { createNetworkLock } from '../../../electron/shell/network-lock';
import {
  APP_ORIGIN,
  decideRequest,
  hostAllowed,
  hostEntryForBaseUrl,
  isAppUrl,
  validateExternalUrl,
} from '../../../electron/shell/urls';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

describe('Content-Security-Policy', () => {
  it('allows only the app itself and nothing remote', () => {
    const d = directives(buildCsp());
    assert.deepEqual(d.get('default-src'), ["'none'"]);
    assert.deepEqual(d.get('script-src'), ["'self'"]);
    assert.deepEqual(d.get('connect-src'), ["'none'"]);
    assert.deepEqual(d.get('object-src'), ["'none'"]);
    assert.deepEqual(d.get('frame-ancestors'), ["'none'"]);
    assert.deepEqual(d.get('base-uri'), ["'none'"]);
    assert.deepEqual(d.get('form-action'), ["'none'"]);
    for (const [name, values] of d) {
      assert.ok(!values.includes("'unsafe-inline'"), `${name} allows inline code`);
      assert.ok(!values.includes("'unsafe-eval'"), `${name} allows eval`);
      assert.ok(!values.some((v) => v.startsWith('http') || v === '*'), `${name} allows a remote origin`);
    }
  });

  it('opens the Vite dev server only when asked', () => {
    const d = directives(buildCsp({ devServerOrigin: 'http://localhost:5173' }));
    assert.ok(d.get('script-src')!.includes('http://localhost:5173'));
    assert.ok(d.get('connect-src')!.includes('ws://localhost:5173'));
  });

  it('ships hardening headers with every app:// response', () => {
    const h = securityHeaders();
    assert.equal(h['X-Content-Type-Options'], 'nosniff');
    assert.equal(h['Referrer-Policy'], 'no-referrer');
    assert.equal(h['Content-Security-Policy'], buildCsp());
  });
});

describe('network lock', () => {
  const hosts = ['api.openai.com', '127.0.0.1:11434'];

  it('lets through the app protocol and approved hosts only', () => {
    assert.equal(decideRequest(`${APP_ORIGIN}/index.html`, hosts).allow, true);
    assert.equal(decideRequest('https://api.openai.com/v1/chat/completions', hosts).allow, true);
    assert.equal(decideRequest('http://127.0.0.1:11434/v1/chat/completions', hosts).allow, true);
    assert.equal(decideRequest('https://evil.example.com/x', hosts).allow, false);
    assert.equal(decideRequest('http://api.openai.com/v1', hosts).allow, false, 'plain http to an https host');
    assert.equal(decideRequest('http://127.0.0.1:8080/', hosts).allow, false, 'other port');
    assert.equal(decideRequest('https://api.openai.com.evil.com/', hosts).allow, false, 'suffix trick');
    assert.equal(decideRequest('https://user:pw@api.openai.com/', hosts).allow, false, 'credentials');
    assert.equal(decideRequest('app://other-host/index.html', hosts).allow, false);
    assert.equal(decideRequest('file:///etc/passwd', hosts).allow, false);
    assert.equal(decideRequest('ftp://api.openai.com/', hosts).allow, false);
    assert.equal(decideRequest('devtools://devtools/x', hosts).allow, false);
    assert.equal(decideRequest('devtools://devtools/x', hosts, { dev: true }).allow, true);
    assert.equal(decideRequest('not a url', hosts).allow, false);
  });

  it('matches host names case-insensitively and ignores trailing dots', () => {
    assert.equal(hostAllowed('https://API.OpenAI.com./v1', hosts), true);
  });

  it('derives host entries from provider base URLs', () => {
    assert.equal(hostEntryForBaseUrl('https://api.anthropic.com'), 'api.anthropic.com');
    assert.equal(hostEntryForBaseUrl('http://127.0.0.1:11434/v1'), '127.0.0.1:11434');
    assert.equal(hostEntryForBaseUrl('https://x.openai.azure.com:8443/openai'), 'x.openai.azure.com:8443');
    assert.equal(hostEntryForBaseUrl('file:///x'), null);
  });

  it('changes at run time (model host only while downloading) and counts refusals', () => {
    const lock = createNetworkLock();
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      lock.onBeforeRequest({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    lock.setAllowedHosts(['api.openai.com']);
    assert.equal(decide('https://huggingface.co/x'), true);
    lock.setAllowedHosts(['api.openai.com', 'huggingface.co']);
    assert.equal(decide('https://huggingface.co/x'), false);
    lock.setAllowedHosts(['API.openai.com']);
    assert.deepEqual(lock.allowedHosts(), ['api.openai.com']);
    assert.equal(decide('https://huggingface.co/x'), true);
    assert.equal(lock.refusedCount(), 2);
  });
});

describe('navigation, windows, permissions, external links', () => {
  it('blocks every navigation away from the app page', () => {
    assert.equal(shouldBlockNavigation(`${APP_ORIGIN}/index.html`), false);
    assert.equal(shouldBlockNavigation('https://example.com/'), true);
    assert.equal(shouldBlockNavigation('file:///etc/passwd'), true);
    assert.equal(shouldBlockNavigation('javascript:alert(1)'), true);
    assert.equal(isAppUrl('app://prompt-vault.evil/'), false);
  });

  it('validates external links: https, real host, no credentials, no odd characters', () => {
    assert.equal(validateExternalUrl('https://docs.example.com/a?b=1#c'), 'https://docs.example.com/a?b=1#c');
    for (const bad of [
      'http://example.com/',
      'file:///C:/Windows/system32/calc.exe',
      'smb://host/share',
      'javascript:alert(1)',
      'https://user:pw@example.com/',
      'https://192.168.1.1/',
      'https://[::1]/',
      'https://localhost/',
      'https://example.com:8443/',
      'https://example.com/ space',
      'https://example.com/\u0000',
      `https://example.com/${'a'.repeat(3000)}`,
      'ms-msdt:/id PCWDiagnostic',
    ]) {
      assert.equal(validateExternalUrl(bad), null, bad);
    }
  });

  it('hands internationalised hosts over in punycode (no homograph spoofing in the browser bar)', () => {
    assert.equal(validateExternalUrl('https://exämple.com/'), 'https://xn--exmple-cua.com/');
  });

  it('denies every new window and opens clicked https links in the OS browser', () => {
    const opened: string[] = [];
    let t = 0;
    const opener = createExternalOpener({ openExternal: (u) => opened.push(u), now: () => t });
    const click = (url: string) => opener.handleWindowOpen({ url, disposition: 'foreground-tab', features: '' });
    assert.deepEqual(click('https://example.com/'), { action: 'deny' });
    assert.deepEqual(opened, ['https://example.com/']);
    // Scripted popups (window features, POST bodies, 'new-window') are dropped.
    opener.handleWindowOpen({ url: 'https://example.com/p', disposition: 'new-window', features: 'width=200' });
    opener.handleWindowOpen({
      url: 'https://example.com/q',
      disposition: 'foreground-tab',
      features: '',
      postBody: {},
    });
    click('http://example.com/');
    assert.deepEqual(opened, ['https://example.com/']);
    // At most 3 per 2 seconds.
    click('https://example.com/2');
    click('https://example.com/3');
    click('https://example.com/4');
    assert.equal(opened.length, 3);
    t = 5000;
    click('https://example.com/5');
    assert.equal(opened.at(-1), 'https://example.com/5');
  });

  it('denies every permission request', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      assert.equal(permissionDecision(p), false, p);
    }
  });
});

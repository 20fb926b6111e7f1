// Settings: providers and keys, detectors, retention, security, appearance, model status.
// Options the org policy fixes are shown locked, with the policy's reason.
import { useState } from 'react';
import { ENTITY_TYPES, type EntityType } from '../../../shared/entities';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { LockIcon } from '../components/LockIcon';
import { NewPassphraseField } from '../components/PassphraseField';
import { call, errorMessage, useEvent, type CallInput, type EventPayload } from '../lib/api';
import { TYPE_LABELS } from '../lib/entities';
import { useApp } from '../state';

function useLock() {
  const app = useApp();
  return (setting: string) =>
    app.policy?.locks.find((l) => l.setting === setting || setting.startsWith(l.setting + '.'));
}

function Locked({ reason }: { reason: string }) {
  return (
    <span className="locked" title={reason}>
      <LockIcon /> Set by your organisation: {reason}
    </span>
  );
}

function useSave() {
  const app = useApp();
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  async function save(patch: CallInput<'settings.set'>): Promise<boolean> {
    setError(undefined);
    try {
      app.setSettings(await call('settings.set', patch));
      setSaved(true);
      setTimeout(() => setSaved(false), 1200);
      return true;
    } catch (err) {
      setError(errorMessage(err));
      return false;
    }
  }
  return { save, error, saved };
}

export function ProviderKeys({ compact }: { compact?: boolean }) {
  const app = useApp();
  const [keys, setKeys] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  async function setKey(id: string) {
    setError(undefined);
    try {
      await call('providers.setApiKey', { providerId: id, apiKey: keys[id] ?? '' });
      setKeys((k) => ({ ...k, [id]: '' }));
      await app.refresh();
    } catch (err) {
      setError(errorMessage(err));
    }
  }
  async function removeKey(id: string) {
    try {
      await call('providers.removeApiKey', { providerId: id });
      await app.refresh();
    } catch (err) {
      setError(errorMessage(err));
    }
  }
  return (
    <section className={compact ? 'stack' : 'card stack'} aria-labelledby="providers-title">
      <h2 id="providers-title">Providers</h2>
      <p className="muted small" style={{ margin: 0 }}>
        Only providers your organisation approved are listed. Keys are stored encrypted in your vault.
      </p>
      {app.providers.length === 0 && <p className="muted">No provider is approved.</p>}
      {app.providers.map((p) => (
        <div key={p.id} className="stack" style={{ gap: 6 }}>
          <div className="row">
            <strong className="grow">{p.name}</strong>
            <span className="pill">{p.api === 'anthropic' ? 'Anthropic API' : 'OpenAI-compatible'}</span>
            {p.hasApiKey ? (
              <span className="pill">Key stored</span>
            ) : p.requiresApiKey ? (
              <span className="pill">No key</span>
            ) : (
              <span className="pill">No key needed</span>
            )}
          </div>
          <div className="muted small">{p.baseUrl}</div>
          {p.requiresApiKey && (
            <form
              className="row"
              onSubmit={(e) => {
                e.preventDefault();
                void setKey(p.id);
              }}
            >
              <input
                className="input grow"
                style={{ width: 'auto' }}
                type="password"
                autoComplete="off"
                placeholder={p.hasApiKey ? 'Replace the stored key' : 'Paste the API key'}
                aria-label={`API key for ${p.name}`}
                value={keys[p.id] ?? ''}
                onChange={(e) => setKeys((k) => ({ ...k, [p.id]: e.target.value }))}
              />
              <button className="btn" type="submit" disabled={!keys[p.id]?.trim()}>
                Save key
              </button>
              {p.hasApiKey && (
                <button className="btn ghost" type="button" onClick={() => void removeKey(p.id)}>
                  Remove
                </button>
              )}
            </form>
          )}
        </div>
      ))}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

export function ModelPanel() {
  const app = useApp();
  const m = app.model;
  const [progress, setProgress] = useState<EventPayload<'model.progress'>>();
  const [error, setError] = useState<string>();
  useEvent('model.progress', (p) => {
    setProgress(p);
    if (p.state === 'done' || p.state === 'error') void app.refresh();
  });
  async function download() {
    setError(undefined);
    try {
      await call('model.download', {});
    } catch (err) {
      setError(errorMessage(err));
    }
  }
  const label: Record<string, string> = {
    ready: 'Ready',
    'not-loaded': 'Installed (loads on first use)',
    loading: 'Loading…',
    missing: 'Missing',
    error: 'Failed to load',
    downloading: 'Downloading…',
  };
  const downloading = progress && (progress.state === 'downloading' || progress.state === 'verifying');
  return (
    <section className="card stack" aria-labelledby="model-title">
      <h2 id="model-title">Detection model</h2>
      <div className="row">
        <span
          className={`dot ${m?.state === 'ready' || m?.state === 'not-loaded' ? 'ok' : m?.state === 'loading' || m?.state === 'downloading' ? 'warn' : 'bad'}`}
          aria-hidden="true"
        />
        <strong>{m ? label[m.state] : '…'}</strong>
        {m?.required && <span className="pill">Required by your organisation</span>}
      </div>
      {m?.modelDir && <div className="muted small">{m.modelDir}</div>}
      {m?.error && <div className="error-text">{m.error}</div>}
      {m?.hint && <div className="hint">{m.hint}</div>}
      {downloading && (
        <div className="stack" style={{ gap: 4 }}>
          <div
            className="progress"
            role="progressbar"
            aria-valuenow={Math.round(progress.percent)}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-label="Model download"
          >
            <span style={{ width: `${progress.percent}%` }} />
          </div>
          <div className="hint">
            {progress.state === 'verifying'
              ? 'Verifying SHA-256…'
              : `${progress.file ?? ''} ${Math.round(progress.percent)}%`}
          </div>
        </div>
      )}
      {progress?.state === 'error' && <div className="error-text">{progress.message}</div>}
      {m?.download && (m.state === 'missing' || m.state === 'error') && !downloading && (
        <div>
          <button className="btn primary" type="button" onClick={() => void download()}>
            Download the model from {m.download.host}
            {m.download.bytes ? ` (${Math.round(m.download.bytes / 1e6)} MB)` : ''}
          </button>
        </div>
      )}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

type Retention = CallInput<'settings.set'>['retention'] & object;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How long history is kept. A change that deletes conversations now (fewer days, or not keeping
 * history at all) says how many and asks first. The org may cap the days: "Forever" is then off
 * and the days can't exceed the cap.
 */
export function RetentionPanel({ onApplied }: { onApplied?(): void }) {
  const app = useApp();
  const lock = useLock();
  const { save, error } = useSave();
  const r = app.settings?.retention;
  const max = app.policy?.maxRetentionDays;
  const [draftDays, setDraftDays] = useState<number>();
  const days = draftDays ?? (r?.mode === 'days' ? r.days : Math.min(30, max ?? 30));
  const [pending, setPending] = useState<{ retention: Retention; count: number }>();
  const [result, setResult] = useState<string>();
  const locked = lock('retention');

  async function choose(retention: Retention) {
    setResult(undefined);
    if (retention.mode === 'days' && max && retention.days > max) {
      setDraftDays(max);
      retention = { mode: 'days', days: max };
    }
    let count: number;
    try {
      const { conversations } = await call('history.list', {});
      const cutoff = retention.mode === 'days' ? Date.now() - retention.days * DAY_MS : Infinity;
      count = retention.mode === 'forever' ? 0 : conversations.filter((c) => c.updatedAt < cutoff).length;
    } catch {
      count = 0; // Can't count (locked): the core applies the change or refuses it.
    }
    if (count > 0) setPending({ retention, count });
    else await apply(retention, 0);
  }

  async function apply(retention: Retention, count: number) {
    setPending(undefined);
    setDraftDays(undefined);
    if (!(await save({ retention }))) return;
    setResult(count > 0 ? `Saved. ${count} older conversation${count === 1 ? ' was' : 's were'} deleted.` : 'Saved.');
    onApplied?.();
  }

  return (
    <section className="card stack" aria-labelledby="retention-title">
      <h2 id="retention-title">Keep history</h2>
      <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0, gap: 6 }}>
        <legend className="sr-only">How long to keep history</legend>
        <label className="row">
          <input
            type="radio"
            name="retention"
            checked={r?.mode === 'forever'}
            disabled={!!max}
            onChange={() => void choose({ mode: 'forever' })}
          />{' '}
          Forever
        </label>
        <label className="row">
          <input
            type="radio"
            name="retention"
            checked={r?.mode === 'days'}
            onChange={() => void choose({ mode: 'days', days })}
          />{' '}
          Delete after
          <input
            className="input"
            style={{ width: 88 }}
            type="number"
            min={1}
            max={max ?? 36500}
            value={days}
            aria-label="Days to keep"
            onChange={(e) => setDraftDays(Math.min(max ?? 36500, Math.max(1, Math.round(Number(e.target.value)) || 1)))}
            onBlur={() => r?.mode === 'days' && days !== r.days && void choose({ mode: 'days', days })}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void choose({ mode: 'days', days });
            }}
          />
          days
        </label>
        <label className="row">
          <input
            type="radio"
            name="retention"
            checked={r?.mode === 'off'}
            onChange={() => void choose({ mode: 'off' })}
          />{' '}
          Don&apos;t keep history
        </label>
      </fieldset>
      {locked && <Locked reason={locked.reason} />}
      {result && (
        <span className="hint" role="status">
          {result}
        </span>
      )}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <ConfirmDialog
        open={!!pending}
        title={pending?.retention.mode === 'off' ? 'Stop keeping history?' : 'Delete older conversations?'}
        confirmLabel={`Delete ${pending?.count ?? 0} conversation${pending?.count === 1 ? '' : 's'}`}
        danger
        onConfirm={() => pending && void apply(pending.retention, pending.count)}
        onCancel={() => {
          setPending(undefined);
          setDraftDays(undefined);
        }}
      >
        {pending?.retention.mode === 'off'
          ? `Your ${pending.count} saved conversation${pending.count === 1 ? ' is' : 's are'} deleted now, and new ones won't be kept.`
          : `${pending?.count ?? 0} conversation${pending?.count === 1 ? ' is' : 's are'} older than ${
              pending?.retention.mode === 'days' ? pending.retention.days : ''
            } days and will be deleted now. This cannot be undone.`}
      </ConfirmDialog>
    </section>
  );
}

function ListEditor({
  label,
  items,
  onChange,
  disabled,
}: {
  label: string;
  items: string[];
  onChange(v: string[]): void;
  disabled?: boolean;
}) {
  const [term, setTerm] = useState('');
  return (
    <div className="stack" style={{ gap: 4 }}>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          if (term.trim() && !items.includes(term.trim())) onChange([...items, term.trim()]);
          setTerm('');
        }}
      >
        <input
          className="input grow"
          style={{ width: 'auto' }}
          aria-label={`Add to ${label}`}
          placeholder={`Add to ${label.toLowerCase()}`}
          value={term}
          onChange={(e) => setTerm(e.target.value)}
          disabled={disabled}
        />
        <button className="btn" type="submit" disabled={disabled || !term.trim()}>
          Add
        </button>
      </form>
      <div>
        {items.length === 0 && <span className="hint">Empty.</span>}
        {items.map((t) => (
          <span key={t} className="tag">
            {t}
            <button
              className="btn ghost small"
              type="button"
              aria-label={`Remove ${t} from ${label}`}
              onClick={() => onChange(items.filter((x) => x !== t))}
              disabled={disabled}
            >
              ×
            </button>
          </span>
        ))}
      </div>
    </div>
  );
}

function DetectorPanel() {
  const app = useApp();
  const lock = useLock();
  const { save, error } = useSave();
  const d = app.settings?.detector;
  const required = new Set(app.policy?.requiredTypes ?? []);
  if (!d) return null;
  const enabled = new Set(d.enabledTypes);
  const toggleType = (t: EntityType) => {
    const next = new Set(enabled);
    if (next.has(t)) next.delete(t);
    else next.add(t);
    void save({ detector: { enabledTypes: ENTITY_TYPES.filter((x) => next.has(x)) } });
  };
  const thresholdLock = lock('detector.threshold');
  return (
    <section className="card stack" aria-labelledby="detectors-title">
      <h2 id="detectors-title">Detection</h2>
      <div className="type-grid" role="group" aria-label="Types to detect">
        {ENTITY_TYPES.map((t) => {
          const l = required.has(t) ? { reason: 'this type is always redacted' } : lock(`detector.enabledTypes.${t}`);
          return (
            <label key={t} title={l ? `Set by your organisation: ${l.reason}` : undefined}>
              <input
                type="checkbox"
                checked={enabled.has(t) || required.has(t)}
                disabled={!!l}
                onChange={() => toggleType(t)}
              />
              {TYPE_LABELS[t]} {l && <LockIcon label="locked by policy" />}
            </label>
          );
        })}
      </div>
      {required.size > 0 && (
        <p className="hint" style={{ margin: 0 }}>
          <LockIcon /> Locked types are required by your organisation&apos;s policy.
        </p>
      )}
      <label className="field">
        Sensitivity (minimum confidence {d.threshold.toFixed(2)})
        <input
          type="range"
          min={0.05}
          max={0.99}
          step={0.01}
          value={d.threshold}
          disabled={!!thresholdLock}
          onChange={(e) => void save({ detector: { threshold: Number(e.target.value) } })}
          aria-valuetext={`${d.threshold.toFixed(2)}`}
        />
        <span className="hint">Lower finds more, with more false alarms.</span>
      </label>
      {thresholdLock && <Locked reason={thresholdLock.reason} />}
      <h3 style={{ margin: '4px 0 0', fontSize: 14 }}>Always allow</h3>
      <ListEditor
        label="Allow list"
        items={d.allowList}
        onChange={(allowList) => void save({ detector: { allowList } })}
        disabled={!!lock('detector.allowList')}
      />
      <h3 style={{ margin: '4px 0 0', fontSize: 14 }}>Always redact</h3>
      <ListEditor
        label="Deny list"
        items={d.denyList}
        onChange={(denyList) => void save({ detector: { denyList } })}
        disabled={!!lock('detector.denyList')}
      />
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function SecurityPanel() {
  const app = useApp();
  const lock = useLock();
  const { save, error: saveError } = useSave();
  const [oldP, setOldP] = useState('');
  const [newP, setNewP] = useState('');
  const [msg, setMsg] = useState<string>();
  const [error, setError] = useState<string>();
  const s = app.settings;
  const os = app.vault?.osKey;
  async function changePass(e: React.FormEvent) {
    e.preventDefault();
    setError(undefined);
    try {
      await call('vault.changePassphrase', { oldPassphrase: oldP, newPassphrase: newP });
      setOldP('');
      setNewP('');
      setMsg('Passphrase changed.');
    } catch (err) {
      setError(errorMessage(err));
    }
  }
  async function setOsKey(enabled: boolean) {
    try {
      app.setVault(await call('vault.setOsKey', { enabled }));
    } catch (err) {
      setError(errorMessage(err));
    }
  }
  const autoLock = lock('autoLockMinutes');
  const maxLock = app.policy?.maxAutoLockMinutes;
  // The org's cap: longer times (and "never") are shown but cannot be chosen.
  const allowedAutoLock = (m: number) => maxLock === undefined || (m !== 0 && m <= maxLock);
  const originals = lock('storeOriginals');
  return (
    <section className="card stack" aria-labelledby="security-title">
      <h2 id="security-title">Security</h2>
      <label className="field">
        Lock after inactivity
        <select
          className="input"
          value={s?.autoLockMinutes ?? 15}
          onChange={(e) => void save({ autoLockMinutes: Number(e.target.value) })}
        >
          {[1, 5, 15, 30, 60, 240, 0].map((m) => (
            <option key={m} value={m} disabled={!allowedAutoLock(m)}>
              {m === 0 ? 'Never' : m < 60 ? `${m} minute${m === 1 ? '' : 's'}` : `${m / 60} hour${m === 60 ? '' : 's'}`}
            </option>
          ))}
        </select>
      </label>
      {autoLock && <Locked reason={autoLock.reason} />}
      <div className="switch-row">
        <label className="row">
          <input
            type="checkbox"
            checked={!!s?.storeOriginals}
            disabled={!!originals}
            onChange={(e) => void save({ storeOriginals: e.target.checked })}
          />{' '}
          Keep my original prompts in history
        </label>
      </div>
      {originals && <Locked reason={originals.reason} />}
      {os && (
        <div className="switch-row">
          <label className="row">
            <input
              type="checkbox"
              checked={os.enabled}
              disabled={!os.available}
              onChange={(e) => void setOsKey(e.target.checked)}
            />{' '}
            Unlock with the system keychain
          </label>
          {!os.available && <span className="hint">Not available ({os.backend})</span>}
        </div>
      )}
      <form className="stack" onSubmit={changePass} aria-label="Change passphrase">
        <h3 style={{ margin: 0, fontSize: 14 }}>Change passphrase</h3>
        <label className="field">
          Current passphrase
          <input
            className="input"
            type="password"
            autoComplete="current-password"
            value={oldP}
            onChange={(e) => setOldP(e.target.value)}
          />
        </label>
        <NewPassphraseField label="New passphrase" value={newP} onChange={setNewP} />
        <div>
          <button className="btn" type="submit" disabled={!oldP || newP.length < 8}>
            Change passphrase
          </button>
        </div>
      </form>
      {msg && <p role="status">{msg}</p>}
      {(error || saveError) && (
        <p className="error-text" role="alert">
          {error ?? saveError}
        </p>
      )}
    </section>
  );
}

function AppearancePanel() {
  const app = useApp();
  const { save } = useSave();
  return (
    <section className="card stack" aria-labelledby="appearance-title">
      <h2 id="appearance-title">Appearance</h2>
      <fieldset className="row" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend className="sr-only">Theme</legend>
        {(['system', 'light', 'dark'] as const).map((t) => (
          <label key={t} className="row">
            <input
              type="radio"
              name="theme"
              checked={app.settings?.theme === t}
              onChange={() => void save({ theme: t })}
            />{' '}
            {t[0]!.toUpperCase() + t.slice(1)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}

function PolicyPanel() {
  const p = useApp().policy;
  if (!p) return null;
  return (
    <section className="card stack" aria-labelledby="policy-title">
      <h2 id="policy-title">Organisation policy</h2>
      {p.source === 'restrictive' && (
        <div className="banner error" role="status">
          <div>
            <strong>The shipped policy was rejected</strong>
            {p.error} The most restrictive defaults apply.
          </div>
        </div>
      )}
      <dl style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '4px 12px', margin: 0 }}>
        <dt className="muted">Policy</dt>
        <dd style={{ margin: 0 }}>
          {p.name} {p.version}
        </dd>
        {p.expiresAt && (
          <>
            <dt className="muted">Expires</dt>
            <dd style={{ margin: 0 }}>{new Date(p.expiresAt).toLocaleDateString()}</dd>
          </>
        )}
        <dt className="muted">Always redacted</dt>
        <dd style={{ margin: 0 }}>{p.requiredTypes.map((t) => TYPE_LABELS[t]).join(', ') || 'None'}</dd>
        <dt className="muted">Model required</dt>
        <dd style={{ margin: 0 }}>{p.requireModel ? 'Yes: sending is blocked without it' : 'No'}</dd>
        <dt className="muted">Allowed hosts</dt>
        <dd style={{ margin: 0 }}>{p.approvedHosts.join(', ') || 'None'}</dd>
      </dl>
    </section>
  );
}

export function Settings() {
  return (
    <div className="stack">
      <div>
        <h1>Settings</h1>
        <p className="subtitle">Your choices can only make protection stricter than your organisation&apos;s policy.</p>
      </div>
      <div className="settings">
        <ProviderKeys />
        <DetectorPanel />
        <RetentionPanel />
        <SecurityPanel />
        <ModelPanel />
        <PolicyPanel />
        <AppearancePanel />
      </div>
    </div>
  );
}

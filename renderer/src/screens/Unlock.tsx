// Unlock with the passphrase (or the OS key, or the recovery key when the passphrase is lost).
import { useEffect, useState } from 'react';
import { NewPassphraseField } from '../components/PassphraseField';
import { ApiError, call, errorMessage } from '../lib/api';
import { useApp } from '../state';

export function Unlock() {
  const app = useApp();
  const [mode, setMode] = useState<'passphrase' | 'recovery' | 'newKey'>('passphrase');
  const [pass, setPass] = useState('');
  const [recovery, setRecovery] = useState('');
  const [newPass, setNewPass] = useState('');
  const [newKey, setNewKey] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [wait, setWait] = useState(app.vault?.retryAfterSeconds ?? 0);

  useEffect(() => {
    if (wait <= 0) return undefined;
    const t = setTimeout(() => setWait((w) => Math.max(0, w - 1)), 1000);
    return () => clearTimeout(t);
  }, [wait]);

  async function unlock(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      app.setVault(await call('vault.unlock', { passphrase: pass }));
      setPass('');
      await app.refresh();
    } catch (err) {
      setError(errorMessage(err));
      const d = err instanceof ApiError ? (err.details as { retryAfterSeconds?: number } | undefined) : undefined;
      if (d?.retryAfterSeconds) setWait(Math.ceil(d.retryAfterSeconds));
    } finally {
      setBusy(false);
    }
  }

  async function unlockOs() {
    setBusy(true);
    setError(undefined);
    try {
      app.setVault(await call('vault.unlockWithOsKey', {}));
      await app.refresh();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  async function recover(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const r = await call('vault.unlockWithRecovery', { recoveryKey: recovery, newPassphrase: newPass });
      setRecovery('');
      setNewPass('');
      if (r.recoveryKey) {
        setNewKey(r.recoveryKey);
        setMode('newKey');
      } else {
        await app.refresh();
      }
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const os = app.vault?.osKey;
  return (
    <main className="center">
      <div className="auth card stack">
        <div className="brand" style={{ padding: 0 }}>
          <span className="brand-mark" aria-hidden="true">
            PV
          </span>{' '}
          Prompt Vault
        </div>
        {app.lockReason && (
          <div className="banner info" role="status">
            {app.lockReason}
          </div>
        )}
        {os?.backendChanged && (
          <div className="banner warn" role="status">
            <div>
              <strong>Your system keychain changed</strong>
              The vault was set up with {os.backendChanged.previous}, but this session uses {os.backendChanged.current}.
              Your data is intact: unlock with your passphrase.
            </div>
          </div>
        )}
        {mode === 'passphrase' && (
          <form className="stack" onSubmit={unlock}>
            <h1>Unlock your vault</h1>
            <label className="field">
              Passphrase
              <input
                className="input"
                type="password"
                autoComplete="current-password"
                value={pass}
                onChange={(e) => setPass(e.target.value)}
                autoFocus
                aria-invalid={!!error}
                aria-describedby={error ? 'unlock-error' : undefined}
              />
            </label>
            {error && (
              <p id="unlock-error" className="error-text" role="alert">
                {error}
              </p>
            )}
            {wait > 0 && (
              <p className="hint" aria-live="polite">
                Too many attempts: try again in {wait} s.
              </p>
            )}
            <button className="btn primary" type="submit" disabled={!pass || busy || wait > 0}>
              {busy ? <span className="spinner" aria-hidden="true" /> : null} Unlock
            </button>
            <div className="row small">
              {os?.enabled && os.available && (
                <button className="btn ghost small" type="button" onClick={() => void unlockOs()} disabled={busy}>
                  Unlock with {os.backend}
                </button>
              )}
              <span className="grow" />
              <button
                className="btn ghost small"
                type="button"
                onClick={() => {
                  setMode('recovery');
                  setError(undefined);
                }}
              >
                Forgot passphrase?
              </button>
            </div>
          </form>
        )}
        {mode === 'recovery' && (
          <form className="stack" onSubmit={recover}>
            <h1>Use your recovery key</h1>
            <p className="subtitle">Enter the recovery key you saved at setup and choose a new passphrase.</p>
            <label className="field">
              Recovery key
              <input
                className="input"
                style={{ fontFamily: 'var(--mono)' }}
                value={recovery}
                onChange={(e) => setRecovery(e.target.value)}
                autoFocus
                spellCheck={false}
                autoComplete="off"
              />
            </label>
            <NewPassphraseField label="New passphrase" value={newPass} onChange={setNewPass} />
            {error && (
              <p className="error-text" role="alert">
                {error}
              </p>
            )}
            <div className="row">
              <button className="btn" type="button" onClick={() => setMode('passphrase')}>
                Back
              </button>
              <span className="grow" />
              <button className="btn primary" type="submit" disabled={!recovery || newPass.length < 8 || busy}>
                Unlock and set passphrase
              </button>
            </div>
          </form>
        )}
        {mode === 'newKey' && (
          <div className="stack">
            <h1>Your new recovery key</h1>
            <p className="subtitle">The old recovery key no longer works. Save this one; it is shown once.</p>
            <div className="recovery" data-testid="recovery-key">
              {newKey}
            </div>
            <button
              className="btn primary"
              type="button"
              onClick={() => {
                setNewKey('');
                void app.refresh();
              }}
            >
              I have saved it
            </button>
          </div>
        )}
      </div>
    </main>
  );
}

// First run: create the vault (passphrase with strength feedback), show the recovery key once
// and have the user type it back, then pick a provider and check the model.
import { useState } from 'react';
import { NewPassphraseField } from '../components/PassphraseField';
import { call, errorMessage } from '../lib/api';
import { passphraseStrength } from '../lib/passphrase';
import { useApp } from '../state';
import { ModelPanel } from './Settings';
import { ProviderKeys } from './Settings';

type Step = 'passphrase' | 'recovery' | 'confirm' | 'setup';

export function FirstRun({ onDone }: { onDone(): void }) {
  const app = useApp();
  const [step, setStep] = useState<Step>(app.vault?.recoveryPending ? 'confirm' : 'passphrase');
  const [pass, setPass] = useState('');
  const [pass2, setPass2] = useState('');
  const [useOsKey, setUseOsKey] = useState(false);
  const [recoveryKey, setRecoveryKey] = useState('');
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const strength = passphraseStrength(pass);
  const canCreate = pass.length >= 8 && pass === pass2 && strength.level >= 2 && !busy;

  async function create(e: React.FormEvent) {
    e.preventDefault();
    if (!canCreate) return;
    setBusy(true);
    setError(undefined);
    try {
      const r = await call('vault.create', { passphrase: pass, useOsKey });
      setRecoveryKey(r.recoveryKey);
      setPass('');
      setPass2('');
      setStep('recovery');
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  async function confirm(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await call('vault.confirmRecovery', { recoveryKey: typed });
      setRecoveryKey('');
      setStep('setup');
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="center">
      <div className="auth card stack">
        <div className="brand" style={{ padding: 0 }}>
          <span className="brand-mark" aria-hidden="true">
            PV
          </span>{' '}
          Prompt Vault
        </div>
        {step === 'passphrase' && (
          <form className="stack" onSubmit={create} aria-labelledby="fr-title">
            <h1 id="fr-title">Create your vault</h1>
            <p className="subtitle">
              Your history is encrypted with a key only your passphrase (or your recovery key) can open. Nobody,
              including your IT team, can recover it without them.
            </p>
            <NewPassphraseField label="Passphrase" value={pass} onChange={setPass} autoFocus />
            <label className="field">
              Repeat passphrase
              <input
                className="input"
                type="password"
                autoComplete="new-password"
                value={pass2}
                onChange={(e) => setPass2(e.target.value)}
              />
              {pass2 && pass !== pass2 && <span className="error-text">The passphrases differ.</span>}
            </label>
            {app.vault?.osKey.available && (
              <label className="row">
                <input type="checkbox" checked={useOsKey} onChange={(e) => setUseOsKey(e.target.checked)} /> Also unlock
                with my system keychain ({app.vault.osKey.backend})
              </label>
            )}
            {error && (
              <p className="error-text" role="alert">
                {error}
              </p>
            )}
            <button className="btn primary" type="submit" disabled={!canCreate}>
              {busy ? <span className="spinner" aria-hidden="true" /> : null} Create vault
            </button>
            {pass && strength.level < 2 && <p className="hint">Choose a stronger passphrase to continue.</p>}
          </form>
        )}
        {step === 'recovery' && (
          <div className="stack">
            <h1>Your recovery key</h1>
            <p className="subtitle">
              This is shown once. Write it down or store it in your password manager: it is the only way back in if you
              forget your passphrase.
            </p>
            <div className="recovery" data-testid="recovery-key" aria-label="Recovery key">
              {recoveryKey}
            </div>
            <div className="row">
              <button className="btn" type="button" onClick={() => void navigator.clipboard?.writeText(recoveryKey)}>
                Copy
              </button>
              <span className="grow" />
              <button className="btn primary" type="button" onClick={() => setStep('confirm')} autoFocus>
                I have saved it
              </button>
            </div>
          </div>
        )}
        {step === 'confirm' && (
          <form className="stack" onSubmit={confirm}>
            <h1>Confirm your recovery key</h1>
            <p className="subtitle">Type the recovery key you saved, so we know you have it.</p>
            <label className="field">
              Recovery key
              <input
                className="input"
                style={{ fontFamily: 'var(--mono)' }}
                value={typed}
                onChange={(e) => setTyped(e.target.value)}
                autoFocus
                autoComplete="off"
                spellCheck={false}
              />
            </label>
            {error && (
              <p className="error-text" role="alert">
                {error}
              </p>
            )}
            <div className="row">
              {recoveryKey && (
                <button className="btn" type="button" onClick={() => setStep('recovery')}>
                  Show it again
                </button>
              )}
              <span className="grow" />
              <button className="btn primary" type="submit" disabled={!typed.trim() || busy}>
                Confirm
              </button>
            </div>
          </form>
        )}
        {step === 'setup' && (
          <div className="stack">
            <h1>Almost there</h1>
            <p className="subtitle">
              Add the API key for your organisation&apos;s provider and check the local detection model.
            </p>
            <ProviderKeys compact />
            <ModelPanel />
            <button className="btn primary" type="button" onClick={onDone}>
              Start using Prompt Vault
            </button>
          </div>
        )}
      </div>
    </main>
  );
}

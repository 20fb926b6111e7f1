import { useApp } from '../state';

/** Vault, model and policy state, always visible. */
export function StatusBar() {
  const app = useApp();
  const v = app.vault;
  const m = app.model;
  const p = app.policy;
  const modelOk = m?.state === 'ready' || m?.state === 'not-loaded';
  // Loading or downloading is on its way; only a missing or broken model blocks sending.
  const blocked = (m?.state === 'missing' || m?.state === 'error') && !!m.required;
  return (
    <footer className="statusbar" role="contentinfo" aria-label="Status">
      <span data-testid="status-vault">
        <span className={`dot ${v?.unlocked ? 'ok' : 'bad'}`} aria-hidden="true" />
        Vault {v?.unlocked ? 'unlocked' : 'locked'}
      </span>
      <span data-testid="status-model">
        <span className={`dot ${modelOk ? 'ok' : blocked ? 'bad' : 'warn'}`} aria-hidden="true" />
        Model {m ? (modelOk ? 'ready' : m.state) : '…'}
        {blocked ? ' · sending blocked' : ''}
      </span>
      <span className="sep" />
      <span data-testid="status-policy">
        {p ? (
          <>
            Policy: {p.name} {p.version}
            {p.source === 'restrictive'
              ? ' (rejected: restrictive defaults)'
              : p.source === 'builtin'
                ? ' (built-in)'
                : ''}
          </>
        ) : (
          '…'
        )}
      </span>
    </footer>
  );
}

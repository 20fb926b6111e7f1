// The window: first run / unlock when needed, otherwise navigation between Compose, History
// and Settings, with global shortcuts and the theme applied to <html>.
import { useEffect, useState } from 'react';
import { StatusBar } from './components/StatusBar';
import { call } from './lib/api';
import { usePrefersDark } from './lib/hooks';
import { Compose } from './screens/Compose';
import { FirstRun } from './screens/FirstRun';
import { History } from './screens/History';
import { Settings } from './screens/Settings';
import { Unlock } from './screens/Unlock';
import { useApp } from './state';

type Screen = 'compose' | 'history' | 'settings';
const SCREENS: { id: Screen; label: string; key: string }[] = [
  { id: 'compose', label: 'Compose', key: '1' },
  { id: 'history', label: 'History', key: '2' },
  { id: 'settings', label: 'Settings', key: '3' },
];

export function App() {
  const app = useApp();
  const [screen, setScreen] = useState<Screen>('compose');
  const [conversationId, setConversationId] = useState<string>();
  const prefersDark = usePrefersDark();
  const theme = app.settings?.theme ?? 'system';
  const dark = theme === 'dark' || (theme === 'system' && prefersDark);

  useEffect(() => {
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  }, [dark]);

  const unlocked = !!app.vault?.unlocked && !app.vault.recoveryPending;
  // First run stays on screen through its last step (provider key, model), even though the vault
  // is already unlocked and confirmed by then: the user leaves it with "Start using Prompt Vault".
  const needsFirstRun = !!app.vault && (!app.vault.exists || app.vault.recoveryPending);
  const [onboarding, setOnboarding] = useState(false);
  useEffect(() => {
    if (needsFirstRun) setOnboarding(true);
  }, [needsFirstRun]);
  useEffect(() => {
    if (!unlocked) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const s = SCREENS.find((x) => x.key === e.key);
      if (s) {
        e.preventDefault();
        setScreen(s.id);
      } else if (e.key === 'l' || e.key === 'L') {
        e.preventDefault();
        void call('vault.lock', {}).then(() => app.refresh());
      } else if (e.key === 'n' || e.key === 'N') {
        e.preventDefault();
        setConversationId(undefined);
        setScreen('compose');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [unlocked, app]);

  if (app.loadError && !app.vault) {
    return (
      <main className="center">
        <div className="auth card stack">
          <h1>Prompt Vault could not start</h1>
          <p className="error-text" role="alert">
            {app.loadError}
          </p>
          <button className="btn primary" type="button" onClick={() => void app.refresh()}>
            Try again
          </button>
        </div>
      </main>
    );
  }
  if (!app.vault) {
    return (
      <main className="center" aria-busy="true">
        <span className="spinner" role="status" aria-label="Loading" />
      </main>
    );
  }
  if (needsFirstRun || (onboarding && app.vault.unlocked)) {
    return (
      <FirstRun
        onDone={() => {
          setOnboarding(false);
          void app.refresh();
        }}
      />
    );
  }
  if (!app.vault.unlocked) return <Unlock />;

  return (
    <div className="app">
      <nav className="nav" aria-label="Main">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            PV
          </span>
          Prompt Vault
        </div>
        {SCREENS.map((s) => (
          <button
            key={s.id}
            className="nav-item"
            type="button"
            aria-current={screen === s.id ? 'page' : undefined}
            onClick={() => setScreen(s.id)}
            aria-keyshortcuts={`Control+${s.key}`}
          >
            {s.label}{' '}
            <span className="kbd" aria-hidden="true">
              Ctrl {s.key}
            </span>
          </button>
        ))}
        <span className="nav-spacer" />
        <button
          className="nav-item"
          type="button"
          onClick={() => void call('vault.lock', {}).then(() => app.refresh())}
          aria-keyshortcuts="Control+L"
        >
          Lock{' '}
          <span className="kbd" aria-hidden="true">
            Ctrl L
          </span>
        </button>
      </nav>
      <main className="main" id="main">
        {screen === 'compose' && <Compose conversationId={conversationId} onConversation={setConversationId} />}
        {screen === 'history' && (
          <History
            onContinue={(id) => {
              setConversationId(id);
              setScreen('compose');
            }}
          />
        )}
        {screen === 'settings' && <Settings />}
      </main>
      <StatusBar />
    </div>
  );
}

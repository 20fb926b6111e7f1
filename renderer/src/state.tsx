// App-wide state: vault status, effective policy and settings, model status, providers.
// Screens read it through `useApp()` and call `refresh()` after changing something.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { call, useEvent, type CallOutput } from './lib/api';

export type VaultStatus = CallOutput<'vault.status'>;
export type PolicyView = CallOutput<'policy.get'>;
export type Settings = CallOutput<'settings.get'>;
export type ModelStatus = CallOutput<'model.status'>;
export type ProviderInfo = CallOutput<'providers.list'>['providers'][number];
export type AppInfo = CallOutput<'app.info'>;

interface AppState {
  info?: AppInfo;
  vault?: VaultStatus;
  policy?: PolicyView;
  settings?: Settings;
  model?: ModelStatus;
  providers: ProviderInfo[];
  /** Why the last automatic lock happened, for the unlock screen. */
  lockReason?: string;
  loadError?: string;
  refresh(): Promise<void>;
  setVault(v: VaultStatus): void;
  setSettings(s: Settings): void;
  setModel(m: ModelStatus): void;
}

const Ctx = createContext<AppState | undefined>(undefined);

export function AppProvider({ children }: { children: ReactNode }) {
  const [info, setInfo] = useState<AppInfo>();
  const [vault, setVault] = useState<VaultStatus>();
  const [policy, setPolicy] = useState<PolicyView>();
  const [settings, setSettings] = useState<Settings>();
  const [model, setModel] = useState<ModelStatus>();
  const [providers, setProviders] = useState<ProviderInfo[]>([]);
  const [lockReason, setLockReason] = useState<string>();
  const [loadError, setLoadError] = useState<string>();

  const refresh = useCallback(async () => {
    try {
      const [i, v, p, s, m, pr] = await Promise.all([
        call('app.info', {}),
        call('vault.status', {}),
        call('policy.get', {}),
        call('settings.get', {}),
        call('model.status', {}),
        call('providers.list', {}),
      ]);
      setInfo(i);
      setVault(v);
      setPolicy(p);
      setSettings(s);
      setModel(m);
      setProviders(pr.providers);
      setLoadError(undefined);
      if (v.unlocked) setLockReason(undefined);
    } catch (err) {
      setLoadError(err instanceof Error ? err.message : String(err));
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEvent('vault.locked', (e) => {
    setLockReason(
      {
        user: undefined,
        idle: 'The vault locked itself after a period of inactivity.',
        suspend: 'The vault locked because the computer went to sleep.',
        'screen-lock': 'The vault locked because the screen was locked.',
        shutdown: undefined,
      }[e.reason],
    );
    void refresh();
  });

  const value = useMemo(
    () => ({
      info,
      vault,
      policy,
      settings,
      model,
      providers,
      lockReason,
      loadError,
      refresh,
      setVault,
      setSettings,
      setModel,
    }),
    [info, vault, policy, settings, model, providers, lockReason, loadError, refresh],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useApp(): AppState {
  const v = useContext(Ctx);
  if (!v) throw new Error('useApp outside AppProvider');
  return v;
}

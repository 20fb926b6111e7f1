// API keys live in the vault (encrypted), never in settings files. The vault's
// setSecret/getSecret satisfy SecretStore.

export interface SecretStore {
  getSecret(name: string): string | undefined | null | Promise<string | undefined | null>;
  setSecret?(name: string, value: string): void | Promise<void>;
}

/** The vault secret name of a provider's API key. */
export function apiKeySecretName(providerId: string): string {
  return `provider-api-key:${providerId}`;
}

export async function resolveApiKey(store: SecretStore, providerId: string): Promise<string | undefined> {
  const v = await store.getSecret(apiKeySecretName(providerId));
  return v ? v : undefined;
}

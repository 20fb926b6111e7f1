// Providers: streaming clients behind the egress guard and rate limiter, and the send flow.
export {
  DEFAULT_TIMEOUT_MS,
  endpointOf,
  streamChat,
  type AuthStyle,
  type ChatCompletion,
  type ChatMessage,
  type ChatRequest,
  type ProviderApi,
  type ProviderTarget,
  type StreamOptions,
} from './client';
export { EgressGuard, hostOf } from './egress';
export { ProviderError, type ProviderErrorCode, type ProviderErrorKind } from './errors';
export { RateLimiter } from './rate-limit';
export {
  sendPrompt,
  summariseCounts,
  SYSTEM_PROMPT,
  type BlockCode,
  type ConversationSink,
  type DetectorLike,
  type EntityChoice,
  type RecordedMessage,
  type RecordedTurn,
  type SendDeps,
  type SendOutcome,
  type SendRequest,
} from './send';
export { apiKeySecretName, resolveApiKey, type SecretStore } from './secrets';
export { conversationContext, titleFrom, vaultSink, type VaultConversations } from './vault-sink';

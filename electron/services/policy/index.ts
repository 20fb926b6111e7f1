// The org policy: signing and verification, loading (with fail-closed fallback), and the
// combination with user settings that can only tighten it.
export { canonicalJson } from './canonical';
export {
  generatePolicyKeyPair,
  keyIdOf,
  PolicyError,
  publicKeyOf,
  signPolicy,
  verifySignedPolicy,
  type PolicyKeyPair,
  type PolicyRejection,
} from './signing';
export {
  approvedHosts,
  checkProvider,
  effectivePolicy,
  loadPolicy,
  policyLocks,
  policyToDetectOptions,
  policyView,
  settingsViolations,
  type EffectivePolicy,
  type LoadedPolicy,
  type LoadPolicyOptions,
  type PolicyLock,
  type ProviderApproval,
  type ProviderTargetRef,
  type Retention,
  type UserSettings,
} from './effective';

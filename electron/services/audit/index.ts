// The hash-chained, MAC'd audit trail of sends.
export {
  AUDIT_FILE,
  AUDIT_HEAD_FILE,
  AUDIT_KEY_CONTEXT,
  AuditEventSchema,
  AuditTrail,
  sha256Hex,
  type AuditEntry,
  type AuditEvent,
  type AuditKeySource,
  type AuditProblem,
  type AuditVerification,
} from './trail';

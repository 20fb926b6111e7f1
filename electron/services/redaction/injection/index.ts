// TEMPORARY until the injection check lands (being written now).
import type { InjectionReport } from '../../../../shared/entities';

export function checkInjection(_text: string): InjectionReport {
  return { score: 0, findings: [] };
}

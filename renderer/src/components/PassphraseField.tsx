import { useId } from 'react';
import { passphraseStrength } from '../lib/passphrase';

/** A new-passphrase field with live strength feedback. */
export function NewPassphraseField({
  label,
  value,
  onChange,
  autoFocus,
}: {
  label: string;
  value: string;
  onChange(v: string): void;
  autoFocus?: boolean;
}) {
  const id = useId();
  const s = passphraseStrength(value);
  return (
    <div className="stack" style={{ gap: 6 }}>
      <label className="field" htmlFor={id}>
        {label}
        <input
          id={id}
          className="input"
          type="password"
          autoComplete="new-password"
          value={value}
          autoFocus={autoFocus}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={`${id}-strength`}
        />
      </label>
      <div className="meter" data-level={s.level} aria-hidden="true">
        <span style={{ width: `${((s.level + 1) / 5) * 100}%` }} />
      </div>
      <div id={`${id}-strength`} className="hint" aria-live="polite">
        Strength: <strong>{value ? s.label : '—'}</strong>
        {value && s.hints.length > 0 && <> · {s.hints[0]}</>}
      </div>
    </div>
  );
}

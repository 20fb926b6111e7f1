/** A small padlock drawn inline (no emoji font needed), in the text colour. */
export function LockIcon({ label }: { label?: string }) {
  return (
    <svg
      className="lock-icon"
      width="12"
      height="12"
      viewBox="0 0 16 16"
      fill="currentColor"
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
    >
      {label ? <title>{label}</title> : null}
      <path d="M8 1a4 4 0 0 0-4 4v2H3a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h10a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-1V5a4 4 0 0 0-4-4Zm-2.5 6V5a2.5 2.5 0 0 1 5 0v2h-5Z" />
    </svg>
  );
}

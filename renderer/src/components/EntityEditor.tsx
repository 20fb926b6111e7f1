// The prompt editor: a plain textarea (so typing, undo and IME behave natively) over a backdrop
// that paints the detected entities in the same text metrics. The backdrop follows the
// textarea's scroll position.
import { useLayoutEffect, useRef } from 'react';
import { entClass, segments } from '../lib/entities';
import type { ReviewEntity } from '../lib/review';

export interface EntityEditorProps {
  value: string;
  onChange(value: string): void;
  entities: readonly ReviewEntity[];
  onKeyDown?(e: React.KeyboardEvent<HTMLTextAreaElement>): void;
  textareaRef?: React.RefObject<HTMLTextAreaElement | null>;
  disabled?: boolean;
  describedBy?: string;
}

export function EntityEditor({
  value,
  onChange,
  entities,
  onKeyDown,
  textareaRef,
  disabled,
  describedBy,
}: EntityEditorProps) {
  const backdrop = useRef<HTMLDivElement>(null);
  const localRef = useRef<HTMLTextAreaElement>(null);
  const ref = textareaRef ?? localRef;

  const syncScroll = () => {
    if (backdrop.current && ref.current) {
      backdrop.current.scrollTop = ref.current.scrollTop;
      backdrop.current.scrollLeft = ref.current.scrollLeft;
    }
  };
  useLayoutEffect(syncScroll);

  // A trailing newline needs a visible character in the backdrop to keep heights equal.
  const parts = segments(value, entities);
  return (
    <div className="editor">
      <div className="editor-backdrop" ref={backdrop} aria-hidden="true">
        {parts.map((p, i) =>
          p.span ? (
            <mark key={i} className={`${entClass(p.span.type)}${p.span.redact ? '' : ' kept'}`}>
              {p.text}
            </mark>
          ) : (
            <span key={i}>{p.text}</span>
          ),
        )}
        {'\u200b'}
      </div>
      <textarea
        ref={ref}
        aria-label="Prompt"
        aria-describedby={describedBy}
        placeholder="Type or paste your prompt. Personal data and secrets are highlighted as you type."
        value={value}
        spellCheck={false}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        onScroll={syncScroll}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}

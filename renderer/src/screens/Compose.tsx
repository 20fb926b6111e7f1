// Compose: type or paste, see what was found, decide, preview exactly what will be sent, send,
// and read the answer with placeholders restored as it streams.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ENTITY_TYPES, type EntityType } from '../../../shared/entities';
import { MAX_TEXT_CHARS } from '../../../shared/limits';
import type { PlaceholderMap } from '../../../shared/placeholders';
import { AnswerView } from '../components/AnswerView';
import { EntityEditor } from '../components/EntityEditor';
import { call, errorMessage, useEvent, type CallOutput, type EventPayload } from '../lib/api';
import { entClass, LEGEND, segments, TYPE_LABELS } from '../lib/entities';
import { useDebounced } from '../lib/hooks';
import { choiceKey, combine, shiftManual, type ReviewEntity } from '../lib/review';
import { useApp } from '../state';

type StreamEvent =
  | { kind: 'chunk'; payload: EventPayload<'chat.chunk'> }
  | { kind: 'done'; payload: EventPayload<'chat.done'> }
  | { kind: 'error'; payload: EventPayload<'chat.error'> };
/** Events kept while chat.send is in flight (a fast stream can outrun its reply). */
const MAX_EARLY = 10_000;

type Detection = CallOutput<'detect.run'>;

interface Turn {
  prompt: string;
  sent: string;
  answer: string;
  map: PlaceholderMap;
  incomplete?: boolean;
  unrestored?: string[];
  error?: string;
}

export interface ComposeProps {
  conversationId?: string;
  onConversation(id: string | undefined): void;
}

export function Compose({ conversationId, onConversation }: ComposeProps) {
  const app = useApp();
  const [text, setText] = useState('');
  const [detection, setDetection] = useState<{ text: string; result: Detection }>();
  const [detectError, setDetectError] = useState<string>();
  const [detecting, setDetecting] = useState(false);
  const [kept, setKept] = useState<Set<string>>(new Set());
  const [manual, setManual] = useState<{ start: number; end: number; type: EntityType }[]>([]);
  const [manualType, setManualType] = useState<EntityType>('PERSON');
  const [showPreview, setShowPreview] = useState(false);
  const [preview, setPreview] = useState<{ redacted: string; map: PlaceholderMap }>();
  const [turns, setTurns] = useState<Turn[]>([]);
  const [active, setActive] = useState<{ requestId: string; turn: number }>();
  // The stream's events can arrive before chat.send's reply (a provider that fails at once) and
  // before React re-renders with the new state: the handlers read this ref, and events for a
  // request not known yet wait in `early` until chat.send returns its id.
  const activeRef = useRef<{ requestId: string; turn: number }>(undefined);
  const early = useRef<StreamEvent[]>([]);
  const sendingRef = useRef(false);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<string>();
  const [copied, setCopied] = useState(false);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const seq = useRef(0);

  const providers = app.providers;
  const [providerId, setProviderId] = useState<string>();
  const provider =
    providers.find((p) => p.id === providerId) ??
    providers.find((p) => p.id === app.settings?.defaultProvider) ??
    providers[0];
  const [model, setModel] = useState<string>();
  const modelName = model && provider?.models.includes(model) ? model : (provider?.defaultModel ?? provider?.models[0]);

  // Load an existing conversation to continue it. A conversation this screen just started by
  // sending is already on screen (its answer may still be streaming): don't reload it.
  const startedHere = useRef<string>(undefined);
  useEffect(() => {
    if (!conversationId) {
      startedHere.current = undefined;
      setTurns([]);
      return;
    }
    if (conversationId === startedHere.current) return;
    let live = true;
    void call('history.get', { id: conversationId }).then(
      (c) => {
        if (!live) return;
        const out: Turn[] = [];
        for (const m of c.messages) {
          if (m.role === 'user')
            out.push({ prompt: m.original ?? m.redacted, sent: m.redacted, answer: '', map: m.placeholderMap ?? {} });
          else if (out.length) {
            const last = out[out.length - 1]!;
            last.answer = m.original ?? m.redacted;
            last.incomplete = m.incomplete;
          }
        }
        setTurns(out);
      },
      (err) => setSendError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [conversationId]);

  // Live detection, debounced, never blocking typing; stale answers are dropped.
  const debounced = useDebounced(text, 250);
  const runDetection = useCallback(
    async (value: string) => {
      const mine = ++seq.current;
      if (!value.trim()) {
        setDetection(undefined);
        setDetectError(undefined);
        return undefined;
      }
      if (value.length > MAX_TEXT_CHARS) {
        // Over the limit nothing is scanned or sent; the text stays in the editor to be cut down.
        setDetection(undefined);
        setDetectError(undefined);
        return undefined;
      }
      setDetecting(true);
      try {
        const result = await call('detect.run', { text: value, ...(conversationId ? { conversationId } : {}) });
        // The first detection loads the model: keep the status bar truthful.
        if (app.model?.state !== 'ready') void call('model.status', {}).then(app.setModel, () => undefined);
        if (mine === seq.current) {
          setDetection({ text: value, result });
          setDetectError(undefined);
        }
        return result;
      } catch (err) {
        if (mine === seq.current) setDetectError(errorMessage(err));
        throw err;
      } finally {
        if (mine === seq.current) setDetecting(false);
      }
    },
    [conversationId, app.model?.state, app.setModel],
  );
  useEffect(() => {
    runDetection(debounced).catch(() => undefined);
  }, [debounced, runDetection]);

  const entities: ReviewEntity[] = useMemo(
    () => combine(text, detection?.result.entities ?? [], kept, manual),
    [text, detection, kept, manual],
  );
  const choices = useMemo(
    () =>
      entities.map((e) => ({
        start: e.start,
        end: e.end,
        type: e.type,
        ...(e.subtype ? { subtype: e.subtype } : {}),
        source: e.source,
        action: e.redact ? ('redact' as const) : ('keep' as const),
      })),
    [entities],
  );

  // The exact text that will be sent, kept fresh while the preview is open.
  useEffect(() => {
    if (!showPreview || !text.trim()) {
      setPreview(undefined);
      return;
    }
    let live = true;
    void call('detect.preview', { text, entities: choices, ...(conversationId ? { conversationId } : {}) }).then(
      (p) => live && setPreview(p),
      (err) => live && setDetectError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [showPreview, text, choices, conversationId]);

  function onChange(value: string) {
    setManual((m) => shiftManual(text, value, m));
    setText(value);
  }

  function toggle(e: ReviewEntity) {
    if (e.source === 'manual') {
      setManual((m) => m.filter((x) => !(x.start === e.start && x.end === e.end)));
      return;
    }
    setKept((k) => {
      const next = new Set(k);
      const key = choiceKey(e);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }

  async function allow(e: ReviewEntity) {
    try {
      await call('allowList.add', { term: e.text });
      await app.refresh();
      await runDetection(text);
    } catch (err) {
      setDetectError(errorMessage(err));
    }
  }

  function redactSelection() {
    const ta = textareaRef.current;
    if (!ta) return;
    let { selectionStart: s, selectionEnd: en } = ta;
    while (s < en && /\s/.test(text[s]!)) s++;
    while (en > s && /\s/.test(text[en - 1]!)) en--;
    if (en <= s) return;
    setManual((m) => [...m.filter((x) => x.end <= s || x.start >= en), { start: s, end: en, type: manualType }]);
  }

  const required = new Set(app.policy?.requiredTypes ?? []);
  const result = detection?.text === text ? detection.result : undefined;
  const modelBlocks = !!result && !result.nerAvailable && !!app.policy?.requireModel;
  const blockScore = app.settings?.blockInjectionScore ?? 0;
  const injection = result?.injection;
  const injectionBlocks = !!injection && blockScore > 0 && injection.score >= blockScore;
  const keptRequired = entities.filter((e) => !e.redact && required.has(e.type));
  const streaming = !!active;
  const tooLong = text.length > MAX_TEXT_CHARS;
  const canSend =
    !!text.trim() &&
    !tooLong &&
    !!provider &&
    !!modelName &&
    !streaming &&
    !sending &&
    !modelBlocks &&
    !injectionBlocks &&
    keptRequired.length === 0;

  async function send() {
    if (!canSend || !provider || !modelName || sendingRef.current) return;
    setSendError(undefined);
    sendingRef.current = true;
    setSending(true);
    early.current = [];
    try {
      // Make sure the decision is made on fresh detection of exactly this text.
      const fresh = detection?.text === text ? detection.result : await runDetection(text);
      if (!fresh) return;
      const current = combine(text, fresh.entities, kept, manual);
      const entityChoices = current.map((e) => ({
        start: e.start,
        end: e.end,
        type: e.type,
        ...(e.subtype ? { subtype: e.subtype } : {}),
        source: e.source,
        action: e.redact ? ('redact' as const) : ('keep' as const),
      }));
      const pv = await call('detect.preview', {
        text,
        entities: entityChoices,
        ...(conversationId ? { conversationId } : {}),
      });
      const r = await call('chat.send', {
        text,
        entities: entityChoices,
        provider: provider.id,
        model: modelName,
        ...(conversationId ? { conversationId } : {}),
      });
      setTurns((t) => [...t, { prompt: text, sent: pv.redacted, answer: '', map: pv.map }]);
      activeRef.current = { requestId: r.requestId, turn: turns.length };
      setActive(activeRef.current);
      const waiting = early.current.filter((e) => e.payload.requestId === r.requestId);
      early.current = [];
      for (const e of waiting) onStream(e);
      if (r.conversationId !== conversationId) {
        startedHere.current = r.conversationId;
        onConversation(r.conversationId);
      }
      setText('');
      setManual([]);
      setDetection(undefined);
      setShowPreview(false);
    } catch (err) {
      setSendError(errorMessage(err));
    } finally {
      sendingRef.current = false;
      early.current = [];
      setSending(false);
    }
  }

  function onStream(ev: StreamEvent) {
    const current = activeRef.current;
    if (!current || ev.payload.requestId !== current.requestId) {
      // Not ours yet (chat.send has not returned) or a finished request: keep a bounded few.
      if (sendingRef.current) {
        early.current.push(ev);
        if (early.current.length > MAX_EARLY) early.current.shift();
      }
      return;
    }
    const turn = current.turn;
    if (ev.kind === 'chunk') {
      const c = ev.payload;
      setTurns((t) => t.map((x, i) => (i === turn ? { ...x, answer: x.answer + c.text } : x)));
      return;
    }
    if (ev.kind === 'done') {
      const d = ev.payload;
      setTurns((t) =>
        t.map((x, i) =>
          i === turn ? { ...x, answer: d.text, incomplete: d.incomplete, unrestored: d.unrestored } : x,
        ),
      );
    } else {
      const e = ev.payload;
      setTurns((t) => t.map((x, i) => (i === turn ? { ...x, error: e.message, incomplete: true } : x)));
    }
    activeRef.current = undefined;
    setActive(undefined);
  }
  useEvent('chat.chunk', (payload) => onStream({ kind: 'chunk', payload }));
  useEvent('chat.done', (payload) => onStream({ kind: 'done', payload }));
  useEvent('chat.error', (payload) => onStream({ kind: 'error', payload }));

  async function stop() {
    if (!active) return;
    try {
      await call('chat.cancel', { requestId: active.requestId });
    } catch (err) {
      setSendError(errorMessage(err));
    }
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLTextAreaElement>) {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
      e.preventDefault();
      void send();
    } else if ((e.ctrlKey || e.metaKey) && e.shiftKey && (e.key === 'H' || e.key === 'h')) {
      e.preventDefault();
      redactSelection();
    }
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && active) void stop();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const lastAnswer = [...turns].reverse().find((t) => t.answer)?.answer;
  const secrets = entities.filter((e) => e.type === 'SECRET' && e.redact).length;
  const redactCount = entities.filter((e) => e.redact).length;

  return (
    <div className="stack">
      <div className="row">
        <div className="grow">
          <h1>Compose</h1>
          <p className="subtitle" style={{ margin: 0 }}>
            {conversationId ? 'Continuing a conversation. ' : ''}Only the redacted prompt leaves this computer.
          </p>
        </div>
        {conversationId && (
          <button className="btn" type="button" onClick={() => onConversation(undefined)}>
            New conversation
          </button>
        )}
      </div>

      {turns.length > 0 && (
        <section className="stack" aria-label="Conversation">
          {turns.map((t, i) => (
            <div key={i} className="stack" style={{ gap: 8 }}>
              <div className="msg user">
                <div className="msg-meta">You · sent as redacted</div>
                <div className="answer">{t.sent || t.prompt}</div>
              </div>
              <div className="msg" aria-live={active?.turn === i ? 'polite' : undefined} aria-busy={active?.turn === i}>
                <div className="msg-meta">
                  {provider?.name ?? 'Assistant'} ·{' '}
                  {active?.turn === i ? 'answering…' : t.incomplete ? 'incomplete' : 'restored locally'}
                </div>
                {t.answer || active?.turn === i ? (
                  <AnswerView text={t.answer} map={t.map} streaming={active?.turn === i} />
                ) : null}
                {t.error && (
                  <div className="banner error" role="alert" style={{ marginTop: 8 }}>
                    <div>
                      <strong>The provider failed</strong>
                      {t.error}
                      {t.answer ? ' The partial answer above was kept and marked incomplete.' : ''}
                      {!text && (
                        <div style={{ marginTop: 6 }}>
                          <button className="btn small" type="button" onClick={() => setText(t.prompt)}>
                            Edit and send again
                          </button>
                        </div>
                      )}
                    </div>
                  </div>
                )}
                {t.unrestored && t.unrestored.length > 0 && (
                  <div className="banner warn" role="status" style={{ marginTop: 8 }}>
                    <div>
                      <strong>Some placeholders could not be restored</strong>
                      The answer mentions {t.unrestored.join(', ')}, which the model changed or invented.
                    </div>
                  </div>
                )}
              </div>
            </div>
          ))}
          <div className="toolbar">
            {streaming && (
              <button className="btn danger" type="button" onClick={() => void stop()}>
                Stop <span className="kbd">Esc</span>
              </button>
            )}
            {lastAnswer && !streaming && (
              <button
                className="btn"
                type="button"
                onClick={() => {
                  void navigator.clipboard?.writeText(lastAnswer).then(() => {
                    setCopied(true);
                    setTimeout(() => setCopied(false), 1500);
                  });
                }}
              >
                {copied ? 'Copied' : 'Copy answer'}
              </button>
            )}
          </div>
        </section>
      )}

      <div className="compose">
        <div className="stack">
          <EntityEditor
            value={text}
            onChange={onChange}
            entities={entities}
            onKeyDown={onKeyDown}
            textareaRef={textareaRef}
            describedBy="compose-help"
          />
          <div className="legend" aria-label="Highlight colours">
            {LEGEND.map((l) => (
              <span key={l.type} className={entClass(l.type)}>
                <i aria-hidden="true" /> {l.label}
              </span>
            ))}
          </div>
          <p id="compose-help" className="hint">
            <span className="kbd">Ctrl</span>+<span className="kbd">Enter</span> sends · select text and press{' '}
            <span className="kbd">Ctrl</span>+<span className="kbd">Shift</span>+<span className="kbd">H</span> to
            redact it
          </p>

          {tooLong && (
            <div className="banner error" role="alert">
              <div>
                <strong>This prompt is too long to check: nothing will be sent</strong>
                It has {text.length.toLocaleString()} characters; the limit is {MAX_TEXT_CHARS.toLocaleString()}.
                Shorten it or send it in parts. Your text stays here.
              </div>
            </div>
          )}
          {detectError && (
            <div className="banner error" role="alert">
              <div>
                <strong>Detection failed: nothing will be sent</strong>
                {detectError}
              </div>
            </div>
          )}
          {result && !result.nerAvailable && (
            <div className={`banner ${modelBlocks ? 'error' : 'warn'}`} role="status">
              <div>
                <strong>
                  {modelBlocks
                    ? 'Sending is blocked: the detection model is not available'
                    : 'The detection model is not available'}
                </strong>
                {result.nerError}{' '}
                {modelBlocks
                  ? 'Your organisation requires it. Open Settings to fix the model.'
                  : 'Names, organisations and places may be missed.'}
              </div>
            </div>
          )}
          {injection && injection.findings.length > 0 && (
            <div
              className={`banner ${injectionBlocks ? 'error' : 'warn'}`}
              role="status"
              data-testid="injection-warning"
            >
              <div>
                <strong>
                  {injectionBlocks
                    ? 'Sending is blocked: possible prompt injection'
                    : 'This text contains instructions aimed at the AI'}
                </strong>
                <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
                  {injection.findings.slice(0, 4).map((f, i) => (
                    <li key={i}>{f.description}</li>
                  ))}
                </ul>
              </div>
            </div>
          )}
          {secrets > 0 && (
            <div className="banner info" role="status">
              {secrets === 1
                ? 'A secret was found and will be redacted.'
                : `${secrets} secrets were found and will be redacted.`}{' '}
              Consider rotating any secret you pasted.
            </div>
          )}
          {keptRequired.length > 0 && (
            <div className="banner error" role="status">
              Your organisation requires {[...new Set(keptRequired.map((e) => TYPE_LABELS[e.type]))].join(', ')} to be
              redacted: turn redaction back on to send.
            </div>
          )}
          {sendError && (
            <div className="banner error" role="alert">
              <div>
                <strong>Not sent</strong>
                {sendError}
              </div>
            </div>
          )}

          <div className="toolbar">
            <label className="row small">
              <span className="muted">Provider</span>
              <select
                className="input"
                style={{ width: 'auto' }}
                value={provider?.id ?? ''}
                onChange={(e) => setProviderId(e.target.value)}
                aria-label="Provider"
              >
                {providers.length === 0 && <option value="">No approved provider</option>}
                {providers.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="row small">
              <span className="muted">Model</span>
              <select
                className="input"
                style={{ width: 'auto' }}
                value={modelName ?? ''}
                onChange={(e) => setModel(e.target.value)}
                aria-label="Model"
              >
                {provider?.models.map((m) => (
                  <option key={m} value={m}>
                    {m}
                  </option>
                ))}
              </select>
            </label>
            <span className="row small" style={{ gap: 6 }}>
              <button className="btn small" type="button" onClick={redactSelection}>
                Redact selection
              </button>
              <select
                className="input"
                style={{ width: 'auto' }}
                value={manualType}
                onChange={(e) => setManualType(e.target.value as EntityType)}
                aria-label="Type for manual redaction"
              >
                {ENTITY_TYPES.map((t) => (
                  <option key={t} value={t}>
                    {TYPE_LABELS[t]}
                  </option>
                ))}
              </select>
            </span>
            <label className="row small">
              <input type="checkbox" checked={showPreview} onChange={(e) => setShowPreview(e.target.checked)} /> Preview
              what will be sent
            </label>
            <span className="grow" />
            {detecting && <span className="spinner" role="status" aria-label="Detecting" />}
            <button
              className="btn primary"
              type="button"
              onClick={() => void send()}
              disabled={!canSend}
              aria-keyshortcuts="Control+Enter"
            >
              Send {redactCount > 0 ? `(${redactCount} redacted)` : ''}
            </button>
          </div>
          {provider?.requiresApiKey && !provider.hasApiKey && (
            <p className="hint">No API key is stored for {provider.name}: add it in Settings.</p>
          )}

          {showPreview && (
            <section aria-label="What will be sent" className="stack" style={{ gap: 6 }}>
              <h2>What will be sent</h2>
              <div className="preview" data-testid="preview">
                {preview ? (
                  <PreviewText preview={preview} entities={entities} onToggle={toggle} />
                ) : (
                  <span className="muted">…</span>
                )}
              </div>
            </section>
          )}
        </div>

        <aside className="card stack" aria-label="Found in your prompt">
          <h2 style={{ margin: 0 }}>Found in your prompt</h2>
          {entities.length === 0 ? (
            <p className="muted small" style={{ margin: 0 }}>
              {text.trim()
                ? detecting
                  ? 'Looking…'
                  : 'Nothing sensitive found.'
                : 'Personal data and secrets will be listed here.'}
            </p>
          ) : (
            <ul className="chips" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {entities.map((e) => (
                <li key={`${e.start}-${e.end}`} className={`chip ${entClass(e.type)}${e.redact ? '' : ' kept'}`}>
                  <span className="swatch" aria-hidden="true" />
                  <span>
                    <span className="value" title={e.text}>
                      {e.text}
                    </span>
                    <span className="type">
                      {TYPE_LABELS[e.type]}
                      {e.subtype ? ` · ${e.subtype.toLowerCase().replace(/[_-]+/g, ' ')}` : ''}
                      {e.source === 'manual' ? ' · manual' : ''}
                      {required.has(e.type) ? ' · required' : ''}
                      {e.redact ? '' : ' · kept: sent as is'}
                    </span>
                  </span>
                  <span className="row" style={{ gap: 4 }}>
                    {e.source === 'manual' ? (
                      <button
                        className="btn small"
                        type="button"
                        aria-label={`Remove manual redaction ${e.text}`}
                        onClick={() => toggle(e)}
                      >
                        Remove
                      </button>
                    ) : (
                      // A toggle with a constant name: pressed = replaced by a placeholder when sent.
                      <button
                        className="btn small toggle"
                        type="button"
                        aria-pressed={e.redact}
                        aria-label={`Redact ${TYPE_LABELS[e.type]} ${e.text}`}
                        aria-describedby={required.has(e.type) ? 'required-note' : undefined}
                        onClick={() => toggle(e)}
                        disabled={e.redact && required.has(e.type)}
                        title={
                          e.redact && required.has(e.type)
                            ? 'Your organisation requires this type to be redacted'
                            : e.redact
                              ? 'Click to keep the original and send it as is'
                              : 'Click to replace it with a placeholder'
                        }
                      >
                        Redact
                      </button>
                    )}
                    {e.source !== 'manual' && !required.has(e.type) && (
                      <button
                        className="btn ghost small"
                        type="button"
                        onClick={() => void allow(e)}
                        aria-label={`Always allow ${e.text}`}
                        title="Always allow this term"
                      >
                        Allow
                      </button>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {entities.some((e) => required.has(e.type)) && (
            <p id="required-note" className="hint" style={{ margin: 0 }}>
              Your organisation requires some of these to be redacted.
            </p>
          )}
        </aside>
      </div>
    </div>
  );
}

/** The redacted prompt with its placeholders as clickable tokens that toggle the entity. */
function PreviewText({
  preview,
  entities,
  onToggle,
}: {
  preview: { redacted: string; map: PlaceholderMap };
  entities: readonly ReviewEntity[];
  onToggle(e: ReviewEntity): void;
}) {
  const spans: { start: number; end: number; placeholder: string }[] = [];
  const re = /\[\[[A-Z_]+_\d+\]\]/g;
  for (const m of preview.redacted.matchAll(re)) {
    if (preview.map[m[0]]) spans.push({ start: m.index, end: m.index + m[0].length, placeholder: m[0] });
  }
  return (
    <>
      {segments(preview.redacted, spans).map((s, i) => {
        if (!s.span) return <span key={i}>{s.text}</span>;
        const entry = preview.map[s.span.placeholder]!;
        const ent = entities.find((e) => e.redact && e.type === entry.type && e.text === entry.original);
        return (
          <button
            key={i}
            type="button"
            className={`ph ${entClass(entry.type)}`}
            onClick={() => ent && onToggle(ent)}
            aria-label={`${s.span.placeholder} stands for ${entry.original}; click to keep the original`}
            title={`${entry.original} — click to keep`}
          >
            {s.text}
          </button>
        );
      })}
    </>
  );
}

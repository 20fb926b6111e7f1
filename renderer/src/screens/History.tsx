// History: search, open, rename, delete (one or many), export, import, retention, purge.
import { useCallback, useEffect, useState } from 'react';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { call, errorMessage, type CallOutput } from '../lib/api';
import { useDebounced } from '../lib/hooks';
import { useApp } from '../state';
import { RetentionPanel } from './Settings';

type Summary = CallOutput<'history.list'>['conversations'][number];
type Conversation = CallOutput<'history.get'>;

const fmt = (ms: number) => new Date(ms).toLocaleString();

export function History({ onContinue }: { onContinue(id: string): void }) {
  const app = useApp();
  const [items, setItems] = useState<Summary[]>([]);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<CallOutput<'history.search'>['results']>();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [open, setOpen] = useState<Conversation>();
  const [renaming, setRenaming] = useState<string>();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [confirm, setConfirm] = useState<'delete' | 'purge'>();
  const [loading, setLoading] = useState(true);

  const load = useCallback(async () => {
    try {
      setItems((await call('history.list', {})).conversations);
      setError(undefined);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setLoading(false);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const q = useDebounced(query.trim(), 200);
  useEffect(() => {
    if (!q) {
      setResults(undefined);
      return;
    }
    let live = true;
    void call('history.search', { query: q }).then(
      (r) => live && setResults(r.results),
      (err) => live && setError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [q]);

  async function openConv(id: string) {
    try {
      setOpen(await call('history.get', { id }));
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function rename(id: string, title: string) {
    setRenaming(undefined);
    if (!title.trim()) return;
    try {
      await call('history.rename', { id, title });
      await load();
      if (open?.id === id) setOpen({ ...open, title });
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function doDelete() {
    const ids = [...selected];
    setConfirm(undefined);
    try {
      const r = await call('history.delete', { ids });
      setSelected(new Set());
      if (open && ids.includes(open.id)) setOpen(undefined);
      setNotice(`Deleted ${r.deleted} conversation${r.deleted === 1 ? '' : 's'}.`);
      await load();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function doPurge() {
    setConfirm(undefined);
    try {
      const r = await call('history.purge', { confirm: true });
      setSelected(new Set());
      setOpen(undefined);
      setNotice(`Deleted everything: ${r.deleted} conversation${r.deleted === 1 ? '' : 's'}.`);
      await load();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function doExport(format: 'json' | 'markdown') {
    try {
      const ids = selected.size ? [...selected] : undefined;
      const r = await call('history.export', { format, ...(ids ? { ids } : {}) });
      setNotice(
        r.path ? `Exported ${r.count} conversation${r.count === 1 ? '' : 's'} to ${r.path}.` : 'Export cancelled.',
      );
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function doImport(file: File) {
    try {
      const r = await call('history.import', { json: await file.text() });
      setNotice(
        r.cancelled ? 'Import cancelled.' : `Imported ${r.imported} conversation${r.imported === 1 ? '' : 's'}.`,
      );
      await load();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  const shown: { id: string; title: string; sub: string }[] = results
    ? // One row per conversation: the search returns its best-matching message first.
      results
        .filter((r, i) => results.findIndex((x) => x.conversationId === r.conversationId) === i)
        .map((r) => ({ id: r.conversationId, title: r.title, sub: r.snippet }))
    : items.map((c) => ({
        id: c.id,
        title: c.title,
        sub: `${fmt(c.updatedAt)} · ${c.messageCount} message${c.messageCount === 1 ? '' : 's'}`,
      }));
  const toggle = (id: string) =>
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  const totalMessages = items.reduce((a, c) => a + c.messageCount, 0);

  return (
    <div className="stack">
      <div>
        <h1>History</h1>
        <p className="subtitle">Encrypted on this computer. Only you can read it; delete it whenever you like.</p>
      </div>
      {error && (
        <div className="banner error" role="alert">
          {error}
        </div>
      )}
      {notice && (
        <div className="banner ok" role="status">
          <span className="grow">{notice}</span>
          <button className="btn ghost small" type="button" onClick={() => setNotice(undefined)} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}
      <div className="toolbar">
        <input
          className="input"
          style={{ maxWidth: 340 }}
          type="search"
          placeholder="Search your history"
          aria-label="Search history"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <span className="grow" />
        <button className="btn" type="button" onClick={() => void doExport('json')} disabled={items.length === 0}>
          Export {selected.size ? `${selected.size} selected` : 'all'} (JSON)
        </button>
        <button className="btn" type="button" onClick={() => void doExport('markdown')} disabled={items.length === 0}>
          Markdown
        </button>
        <label className="btn">
          Import…
          <input
            className="sr-only"
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void doImport(f);
              e.target.value = '';
            }}
          />
        </label>
        <button
          className="btn danger"
          type="button"
          disabled={selected.size === 0}
          onClick={() => setConfirm('delete')}
        >
          Delete selected{selected.size ? ` (${selected.size})` : ''}
        </button>
      </div>

      <div className="history">
        <div className="list" role="region" aria-label="Conversations">
          {loading ? (
            <div className="empty">
              <span className="spinner" aria-hidden="true" /> Loading…
            </div>
          ) : shown.length === 0 ? (
            <div className="empty">
              {results
                ? 'No conversation matches your search.'
                : 'No conversations yet. What you send from Compose is kept here, encrypted.'}
            </div>
          ) : (
            <ul className="list-items">
              {shown.map((c) => (
                <li key={c.id} className="list-item" data-open={open?.id === c.id ? 'true' : undefined}>
                  <input
                    type="checkbox"
                    checked={selected.has(c.id)}
                    onChange={() => toggle(c.id)}
                    aria-label={`Select ${c.title}`}
                  />
                  <div>
                    {renaming === c.id ? (
                      <input
                        className="input"
                        defaultValue={c.title}
                        autoFocus
                        aria-label="New title"
                        onBlur={(e) => void rename(c.id, e.target.value)}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter') void rename(c.id, (e.target as HTMLInputElement).value);
                          if (e.key === 'Escape') setRenaming(undefined);
                        }}
                      />
                    ) : (
                      <button
                        className="open"
                        type="button"
                        aria-current={open?.id === c.id ? 'true' : undefined}
                        onClick={() => void openConv(c.id)}
                        onDoubleClick={() => setRenaming(c.id)}
                      >
                        <span className="title">{c.title || 'Untitled'}</span>
                        <br />
                        <span className="snippet">{c.sub}</span>
                      </button>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </div>
        <section className="stack" aria-label="Conversation">
          {open ? (
            <>
              <div className="row">
                <h2 className="grow" style={{ margin: 0 }}>
                  {open.title || 'Untitled'}
                </h2>
                <button className="btn small" type="button" onClick={() => setRenaming(open.id)}>
                  Rename
                </button>
                <button className="btn small" type="button" onClick={() => onContinue(open.id)}>
                  Continue
                </button>
                <button
                  className="btn danger small"
                  type="button"
                  onClick={() => {
                    setSelected(new Set([open.id]));
                    setConfirm('delete');
                  }}
                >
                  Delete
                </button>
              </div>
              {open.messages.map((m) => (
                <div key={m.id} className={`msg ${m.role}`}>
                  <div className="msg-meta">
                    {m.role === 'user' ? 'You' : `${m.provider ?? ''} ${m.model ?? ''}`.trim() || 'Assistant'} ·{' '}
                    {fmt(m.createdAt)}
                    {m.incomplete ? ' · incomplete' : ''}
                  </div>
                  {m.corrupt ? (
                    <div className="banner error">
                      This message is damaged and cannot be decrypted. The rest of the conversation is intact.
                    </div>
                  ) : (
                    <div className="answer">{m.original ?? m.redacted}</div>
                  )}
                  {m.role === 'user' && m.original && m.original !== m.redacted && (
                    <details className="small" style={{ marginTop: 6 }}>
                      <summary>As sent</summary>
                      <div className="preview">{m.redacted}</div>
                    </details>
                  )}
                </div>
              ))}
            </>
          ) : (
            <div className="empty card">Select a conversation to read it.</div>
          )}
        </section>
      </div>

      <div className="settings">
        <RetentionPanel onApplied={() => void load()} />
        <section className="card stack" aria-labelledby="purge-title">
          <h2 id="purge-title">Delete everything</h2>
          <p className="muted" style={{ margin: 0 }}>
            Destroys every conversation and its keys. This cannot be undone.
          </p>
          <div>
            <button
              className="btn danger"
              type="button"
              onClick={() => setConfirm('purge')}
              disabled={items.length === 0}
            >
              Delete everything…
            </button>
          </div>
        </section>
      </div>

      <ConfirmDialog
        open={confirm === 'delete'}
        title={`Delete ${selected.size} conversation${selected.size === 1 ? '' : 's'}?`}
        confirmLabel="Delete"
        danger
        onConfirm={() => void doDelete()}
        onCancel={() => setConfirm(undefined)}
      >
        Their encryption keys are destroyed, so they cannot be recovered.
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'purge'}
        title="Delete everything?"
        confirmLabel="Delete everything"
        danger
        requireText="DELETE"
        onConfirm={() => void doPurge()}
        onCancel={() => setConfirm(undefined)}
      >
        This destroys all {items.length} conversation{items.length === 1 ? '' : 's'} ({totalMessages} message
        {totalMessages === 1 ? '' : 's'}) and their keys. Your settings, API keys and passphrase stay.
        {app.policy?.source === 'org' ? ' Your organisation’s audit trail (which holds no content) is kept.' : ''}
      </ConfirmDialog>
    </div>
  );
}

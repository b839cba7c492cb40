import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Annotation } from '../core/model/annotation';
import type { Failure } from '../core/model/result';
import { ENTITY_TYPES } from '../core/model/analysis';
import { siteAndAuthor } from '../core/model/byline';
import { LIMITS } from '../core/model/limits';
import { saveFailure } from '../core/model/save-problem';
import type { Settings } from '../core/model/settings';
import { isAutoMarkOn, withSiteToggled } from '../core/model/settings';
import type { PageState } from '../messaging/protocol';
import { ENTITY_LABELS } from '../ui/colors';
import type { NotesApi } from './notes-api';
import { NoteItem } from './NoteItem';
import { useUndoableDelete } from './undoable-delete';

/** The claims' place among the lists stepped through (entity groups are 0 and up). */
const CLAIMS = -1;

/** A published date as the reader's locale writes it; unparseable dates as given. */
function formatDate(value: string | undefined): string {
  if (!value) return '';
  const time = Date.parse(value);
  return Number.isFinite(time) ? new Date(time).toLocaleDateString() : value;
}

/** What the page's marks come to: why there are none, or its claims and each type's entities, to step through in the page. */
function MarksSummary({ summary, step, stepShown }: { summary: PageState['summary']; step: (group: number) => void; stepShown: (group: number) => string | undefined }) {
  if (summary.problem) {
    return (
      <p class="notice" data-testid="analysis-failed">
        Nothing is marked: {summary.problem}
      </p>
    );
  }
  if (!summary.english) {
    return (
      <p class="notice" data-testid="not-english">
        This article reads as another language. Gloss finds names and claims in English only, so nothing is marked; you can still highlight text and add notes.
      </p>
    );
  }
  return (
    <>
      <p>
        {summary.claims > 0 ? (
          <button type="button" class="entity" data-action="next-claim" title="Show the next claim in the page" onClick={() => void step(CLAIMS)}>
            <strong>{summary.claims}</strong> claim{summary.claims === 1 ? '' : 's'} worth checking <small>{stepShown(CLAIMS)}</small>
          </button>
        ) : (
          'No claims worth checking'
        )}{' '}
        · <strong>{summary.entities.length}</strong> names
      </p>
      {ENTITY_TYPES.map((type) => {
        const items = summary.entities.filter((e) => e.type === type);
        if (items.length === 0) return null;
        return (
          <p class="entities" key={type} data-type={type}>
            <span class={`etype etype-${type.toLowerCase()}`}>{ENTITY_LABELS[type]}</span>{' '}
            {items.slice(0, 12).map((e) => (
              <button type="button" class="entity" key={e.group} data-group={e.group} title="Show the next mention in the page" onClick={() => void step(e.group)}>
                {e.text} <small>{stepShown(e.group) ?? `×${e.mentions}`}</small>
              </button>
            ))}
          </p>
        );
      })}
    </>
  );
}

/** "This page": the page's notes in document order, orphans apart, and the analysis summary. */
export function PageView(props: { api: NotesApi; refreshKey: number; settings: Settings | undefined; onSettings: (s: Settings) => void }) {
  const { api } = props;
  const [state, setState] = useState<PageState | undefined>();
  const [problem, setProblem] = useState<Failure | undefined>();
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const [notice, setNotice] = useState<string>();
  // The list last stepped through in the page: an entity group, or the claims (group -1).
  const [stepped, setStepped] = useState<{ group: number; index: number; total: number }>();
  const step = async (group: number) => {
    const result = group === CLAIMS ? await api.showClaim() : await api.showEntity(group);
    if (result.ok && result.value.total > 0) setStepped({ group, ...result.value });
  };
  const stepShown = (group: number) => (stepped?.group === group ? `${stepped.index + 1}/${stepped.total}` : undefined);

  const load = useCallback(async () => {
    const result = await api.pageState();
    if (!result.ok) {
      setProblem(result.error);
      return;
    }
    setProblem(undefined);
    setState(result.value);
    // The key is empty where Gloss keeps no notes (or storage is unavailable).
    const pageKey = result.value.page?.key;
    if (pageKey) {
      const list = await api.pageAnnotations(pageKey);
      if (list.ok) setAnnotations(list.value);
    }
  }, [api]);

  useEffect(() => void load(), [load, props.refreshKey]);
  // The page's metadata as the popup knows it, for Undo to store again with the note.
  const deletion = useUndoableDelete(api, () => state?.page ?? undefined, () => void load());

  if (problem?.code === 'no-article') {
    return (
      <section class="empty" data-state="no-text">
        <h2>Nothing to read here</h2>
        <p>{problem.message}</p>
      </section>
    );
  }
  if (problem) {
    return (
      <section class="empty" data-state="unsupported">
        <h2>Gloss can’t run on this page</h2>
        <p>Browser pages, extension stores and PDFs cannot be read. If this page was still loading, reload it; or open an article.</p>
      </section>
    );
  }
  if (!state) return <p class="muted">Loading…</p>;

  const byId = new Map(annotations.map((a) => [a.id, a]));
  const anchored = state.placements.filter((p) => p.state === 'anchored' && byId.has(p.id));
  const orphaned = state.placements.filter((p) => p.state === 'orphaned' && byId.has(p.id));
  const site = state.page?.site ?? '';
  const settings = props.settings;

  const edit = async (id: string, patch: Parameters<NotesApi['update']>[1]) => {
    const result = await api.update(id, patch);
    await load();
    return result.ok ? undefined : saveFailure(result.error.message);
  };
  const reattach = async (id: string) => {
    const result = await api.reattach(id);
    setNotice(result.ok && result.value.reattached ? undefined : 'Select the text for this note in the article first, then press “Re-attach to selection”.');
    await load();
  };

  return (
    <section data-state={state.status}>
      <header class="page-head">
        <h2 class="page-title">{state.page?.title}</h2>
        <p class="muted">{[...siteAndAuthor(state.page?.siteName || state.page?.site || '', state.page?.byline ?? ''), formatDate(state.page?.published)].filter(Boolean).join(' · ')}</p>
      </header>
      {state.status === 'too-large' ? (
        <p class="notice" data-testid="no-article">
          This page is too large for Gloss to search for an article (over {LIMITS.PAGE_ELEMENTS.toLocaleString()} elements), so nothing is marked. You can still highlight text.
        </p>
      ) : state.status === 'in-components' ? (
        <p class="notice" data-testid="no-article">
          This page keeps its article inside web components (shadow DOM), which Gloss cannot read yet, so nothing is marked or can be highlighted in it.
        </p>
      ) : state.status === 'no-article' ? (
        <p class="notice" data-testid="no-article">No article found on this page, so nothing is marked. You can still highlight text.</p>
      ) : (
        <div class="summary" data-testid="summary">
          {settings && site && (
            <label class="toggle">
              <input
                type="checkbox"
                checked={isAutoMarkOn(settings, site)}
                disabled={!settings.autoMark}
                onChange={(e) => props.onSettings(withSiteToggled(settings, site, e.currentTarget.checked))}
              />
              Mark entities and claims on {site}
            </label>
          )}
          {state.autoMark && <MarksSummary summary={state.summary} step={step} stepShown={stepShown} />}
        </div>
      )}
      <h3>Notes on this page ({anchored.length + orphaned.length})</h3>
      {deletion.notice}
      {anchored.length + orphaned.length === 0 && (
        <p class="muted">Select text {state.status === 'article' ? 'in the article' : 'in the page'} to highlight it or add a note.</p>
      )}
      <ul class="notes" data-testid="page-notes">
        {anchored.map((p) => (
          <NoteItem key={p.id} annotation={byId.get(p.id)!} onSave={(patch) => edit(p.id, patch)} onDelete={() => void deletion.remove(byId.get(p.id)!)} onOpen={() => void api.scrollTo(p.id)} />
        ))}
      </ul>
      {orphaned.length > 0 && (
        <>
          <h3>Not found on the page ({orphaned.length})</h3>
          {notice && <p class="notice" role="status">{notice}</p>}
          <ul class="notes" data-testid="orphaned-notes">
            {orphaned.map((p) => (
              <NoteItem key={p.id} orphaned annotation={byId.get(p.id)!} onSave={(patch) => edit(p.id, patch)} onDelete={() => void deletion.remove(byId.get(p.id)!)} onReattach={() => void reattach(p.id)} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

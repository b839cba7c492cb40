import { useEffect, useState } from 'preact/hooks';
import { groupBy } from '../core/group-by';
import type { Annotation } from '../core/model/annotation';
import { type PageRecord, pageMetaOf } from '../core/model/page';
import { saveFailure } from '../core/model/save-problem';
import { queryHasTag, tagsByUse, toggleTag } from '../core/storage/search';
import { safeLinkHref } from '../core/url/page-key';
import type { NotesApi } from './notes-api';
import { NoteItem } from './NoteItem';
import { useUndoableDelete } from './undoable-delete';

/** Tags offered as filters above the notes; more would crowd the popup (search finds any). */
const TAG_FILTERS = 12;
/** Notes drawn at first and per "Show more": 3,000 notes at once took 0.7 s to open. */
const NOTES_AT_ONCE = 200;

/** "All notes": every note across pages, newest first, grouped by page, with search and tag filters. */
export function AllNotesView(props: { api: NotesApi; refreshKey: number }) {
  const { api } = props;
  const [query, setQuery] = useState('');
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const [pages, setPages] = useState<Map<string, PageRecord>>(new Map());
  const [problem, setProblem] = useState<string>();
  const [version, setVersion] = useState(0);
  const [shown, setShown] = useState(NOTES_AT_ONCE);
  const search = (next: string) => {
    setQuery(next);
    setShown(NOTES_AT_ONCE);
  };

  useEffect(() => {
    let current = true;
    void api.search(query).then((result) => {
      if (!current) return;
      if (!result.ok) return setProblem(result.error.message);
      setProblem(undefined);
      setAnnotations(result.value.annotations);
      setPages(new Map(result.value.pages.map((p) => [p.key, p])));
    });
    return () => {
      current = false;
    };
  }, [api, query, props.refreshKey, version]);

  const refresh = () => setVersion((v) => v + 1);
  const deletion = useUndoableDelete(
    api,
    (a) => {
      const page = pages.get(a.pageKey);
      return page && pageMetaOf(page);
    },
    refresh,
  );
  return (
    <section>
      <input
        type="search"
        class="search"
        placeholder="Search quotes, notes, #tags, titles"
        aria-label="Search notes"
        value={query}
        onInput={(e) => search(e.currentTarget.value)}
      />
      <TagFilters annotations={annotations} query={query} onQuery={search} />
      {problem && <p class="notice">{problem}</p>}
      {deletion.notice}
      {!problem && annotations.length === 0 && <p class="muted">{query ? 'No note matches.' : 'No notes yet.'}</p>}
      {/* Notes come newest first, so pages come in the order of their newest note. */}
      {[...groupBy(annotations.slice(0, shown), (a) => a.pageKey)].map(([pageKey, notes]) => {
        const page = pages.get(pageKey);
        const first = notes[0]!;
        return (
          <article class="page-group" key={pageKey}>
            <h2>
              <a href={safeLinkHref(first.url)} target="_blank" rel="noopener noreferrer">
                {page?.title || first.title || first.url}
              </a>
            </h2>
            <p class="muted">{page?.siteName || page?.site}</p>
            <ul class="notes">
              {notes.map((a) => (
                <NoteItem
                  key={a.id}
                  annotation={a}
                  onSave={async (patch) => {
                    const result = await api.update(a.id, patch);
                    refresh();
                    return result.ok ? undefined : saveFailure(result.error.message);
                  }}
                  onDelete={() => void deletion.remove(a)}
                />
              ))}
            </ul>
          </article>
        );
      })}
      {annotations.length > shown && (
        <button type="button" class="show-more" onClick={() => setShown((n) => n + NOTES_AT_ONCE)}>
          Show more ({annotations.length - shown} more {annotations.length - shown === 1 ? 'note' : 'notes'})
        </button>
      )}
    </section>
  );
}

/** The notes' most used tags as toggles: each adds "#tag" to the search, or takes it out. */
function TagFilters(props: { annotations: readonly Annotation[]; query: string; onQuery: (query: string) => void }) {
  const tags = tagsByUse(props.annotations).slice(0, TAG_FILTERS);
  if (tags.length === 0) return null;
  return (
    <div class="tag-filters" role="group" aria-label="Filter by tag">
      {tags.map(({ tag, count }) => (
        <button type="button" key={tag} class="tag-filter" aria-pressed={queryHasTag(props.query, tag)} onClick={() => props.onQuery(toggleTag(props.query, tag))}>
          #{tag} <span class="muted">{count}</span>
        </button>
      ))}
    </div>
  );
}

import { useState } from 'preact/hooks';
import { exportAsMarkdown } from '../core/storage/markdown-export';
import type { NotesApi } from './notes-api';

/** Offers text to the reader as a downloaded file. */
function saveFile(text: string, type: string, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** Export, import and delete-all, with a plain report of what happened. */
export function DataActions(props: { api: NotesApi; onChanged: () => void }) {
  const { api } = props;
  const [report, setReport] = useState<string>();
  // Asked in the popup itself: window.confirm() in an extension popup is unreliable (Firefox
  // hides the popup behind a dialog; Chrome on macOS closes it).
  const [confirmingDeleteAll, setConfirmingDeleteAll] = useState(false);

  /** Exports every note as JSON (to import again) or as Markdown (to read and keep elsewhere). */
  const exportAll = async (format: 'json' | 'markdown') => {
    const result = await api.exportAll();
    if (!result.ok) return setReport(`Export failed: ${result.error.message}`);
    const day = result.value.exported.slice(0, 10);
    if (format === 'json') saveFile(JSON.stringify(result.value, null, 2), 'application/json', `gloss-notes-${day}.json`);
    else saveFile(exportAsMarkdown(result.value), 'text/markdown', `gloss-notes-${day}.md`);
    const { total } = result.value;
    setReport(`Exported ${total} ${total === 1 ? 'note' : 'notes'}${format === 'markdown' ? ' as Markdown' : ''}.`);
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      return setReport('Import failed: the file is not JSON.');
    }
    const result = await api.importAll(data);
    if (!result.ok) return setReport(`Import failed: ${result.error.message}`);
    const { added, updated, unchanged, rejected } = result.value;
    const rejectedText = rejected.length
      ? ` Rejected ${rejected.length}: ${rejected.slice(0, 5).map((r) => `item ${r.item} (${r.reason})`).join('; ')}${rejected.length > 5 ? '…' : ''}`
      : '';
    setReport(`Imported: ${added} new, ${updated} updated, ${unchanged} unchanged.${rejectedText}`);
    props.onChanged();
  };

  const deleteAll = async () => {
    setConfirmingDeleteAll(false);
    const result = await api.deleteAll();
    setReport(result.ok ? `Deleted ${result.value.deleted} ${result.value.deleted === 1 ? 'note' : 'notes'}.` : `Delete failed: ${result.error.message}`);
    props.onChanged();
  };

  return (
    <footer class="data-actions">
      <button type="button" onClick={() => void exportAll('json')} title="Every note, to import again">
        Export
      </button>
      <button type="button" onClick={() => void exportAll('markdown')} title="Every note as Markdown, to read or keep in a notes app">
        Markdown
      </button>
      <label class="button">
        Import
        <input type="file" accept="application/json,.json" hidden onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
      </label>
      <button type="button" class="danger" data-action="delete-all" onClick={() => setConfirmingDeleteAll(true)}>
        Delete all
      </button>
      <a href="popup.html?view=all" target="_blank" title="Firefox closes the popup when a file picker opens: import from a tab">Open in a tab</a>
      {confirmingDeleteAll && (
        <p class="notice" role="alert" data-testid="confirm-delete-all">
          Delete every Gloss note on every page? This cannot be undone: export first to keep a copy.{' '}
          <button type="button" class="danger" data-action="confirm-delete-all" onClick={() => void deleteAll()}>
            Delete every note
          </button>{' '}
          <button type="button" onClick={() => setConfirmingDeleteAll(false)}>
            Keep them
          </button>
        </p>
      )}
      {report && <p class="report" role="status">{report}</p>}
    </footer>
  );
}

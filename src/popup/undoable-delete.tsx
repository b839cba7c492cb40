/**
 * Deleting a note from the popup, with a way back. Delete is one click beside Edit, so
 * after it the popup offers Undo, which stores the note again as it was: under its own
 * id, with its dates, and with its page's metadata (the last note of a page takes the
 * page's record with it).
 */
import { useState } from 'preact/hooks';
import type { Annotation } from '../core/model/annotation';
import { type PageMeta, pageMetaFromAnnotation } from '../core/model/page';
import { noteChangeFailure } from '../core/model/save-problem';
import type { NotesApi } from './notes-api';

export function useUndoableDelete(api: NotesApi, pageOf: (annotation: Annotation) => PageMeta | undefined, onChanged: () => void) {
  const [deleted, setDeleted] = useState<{ annotation: Annotation; page: PageMeta }>();
  const [problem, setProblem] = useState<string>();

  const remove = async (annotation: Annotation) => {
    const page = pageOf(annotation) ?? pageMetaFromAnnotation(annotation);
    const result = await api.remove(annotation.id);
    setDeleted(result.ok ? { annotation, page } : undefined);
    setProblem(result.ok ? undefined : noteChangeFailure('delete', result.error.message));
    onChanged();
  };

  const undo = async () => {
    if (!deleted) return;
    const result = await api.restore(deleted.annotation, deleted.page);
    setDeleted(undefined);
    if (!result.ok) setProblem(noteChangeFailure('restore', result.error.message));
    onChanged();
  };

  const notice =
    deleted ? (
      <p class="notice" role="status" data-testid="deleted">
        Note deleted.{' '}
        <button type="button" data-action="undo" onClick={() => void undo()}>
          Undo
        </button>
      </p>
    ) : problem ? (
      <p class="notice" role="alert">
        {problem}
      </p>
    ) : null;

  return { remove, notice };
}

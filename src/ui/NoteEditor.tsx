/** The note editor's form: note, tags, colour (radio swatches), delete when the note exists, why the last save failed. Drawn in the note frame. */
import { HIGHLIGHT_COLORS, type HighlightColor } from '../core/model/annotation';
import type { NoteDraft } from '../core/model/note-frame';
import { COLOR_SWATCHES } from './colors';

/** Reads the editor's form; the browser keeps the fields' state, so the editor needs no hooks. */
function readDraft(form: HTMLFormElement, fallback: HighlightColor): NoteDraft {
  const data = new FormData(form);
  const color = HIGHLIGHT_COLORS.find((c) => c === data.get('color')) ?? fallback;
  return { note: String(data.get('note') ?? ''), tags: String(data.get('tags') ?? ''), color };
}

export function NoteEditor(props: {
  quote: string;
  initial: NoteDraft;
  canDelete: boolean;
  /** Why the last save was refused; the draft stays as written. */
  problem?: string | undefined;
  /** Called with the draft on every change the reader makes to it. */
  onEdit: (draft: NoteDraft) => void;
  onSave: (draft: NoteDraft) => void;
  onDelete: () => void;
  onClose: () => void;
}) {
  const save = (form: HTMLFormElement) => props.onSave(readDraft(form, props.initial.color));
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') props.onClose();
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save(event.currentTarget as HTMLFormElement);
  };
  return (
    <form
      class="gloss-surface gloss-editor"
      aria-label="Gloss note"
      data-gloss="editor"
      onKeyDown={onKeyDown}
      onInput={(event) => props.onEdit(readDraft(event.currentTarget, props.initial.color))}
      onSubmit={(event) => {
        event.preventDefault();
        save(event.currentTarget);
      }}
    >
      <blockquote class="gloss-quote">{props.quote}</blockquote>
      {/* A ref callback focuses the note once, when the editor appears. */}
      <textarea ref={(el) => el?.focus()} name="note" placeholder="Your note" aria-label="Note" defaultValue={props.initial.note} />
      <input name="tags" placeholder="Tags, separated by commas" aria-label="Tags" defaultValue={props.initial.tags} />
      {props.problem && (
        <p class="gloss-error" role="alert">
          {props.problem}
        </p>
      )}
      <div class="gloss-row">
        <div class="gloss-colors" role="radiogroup" aria-label="Highlight colour">
          {HIGHLIGHT_COLORS.map((color) => (
            <input
              key={color}
              type="radio"
              name="color"
              value={color}
              class="gloss-swatch"
              data-color={color}
              aria-label={COLOR_SWATCHES[color].label}
              defaultChecked={color === props.initial.color}
              style={{ background: COLOR_SWATCHES[color].fill }}
            />
          ))}
        </div>
        {props.canDelete && (
          <button type="button" class="gloss-button danger" data-action="delete" onClick={props.onDelete}>
            Delete
          </button>
        )}
        <button type="button" class="gloss-button" data-action="cancel" onClick={props.onClose}>
          Cancel
        </button>
        <button type="submit" class="gloss-button primary" data-action="save">
          Save
        </button>
      </div>
    </form>
  );
}

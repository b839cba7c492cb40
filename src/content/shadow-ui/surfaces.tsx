/** The in-page surfaces: selection toolbar, note editor, hover card, notice. */
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../core/model/annotation';
import { COLOR_SWATCHES } from '../../ui/colors';
import { ColorPicker } from '../../ui/ColorPicker';

/** Where a surface sits, in viewport coordinates. */
export interface Anchor {
  x: number;
  y: number;
}

function place(anchor: Anchor, width: number) {
  const left = Math.max(8, Math.min(anchor.x, window.innerWidth - width - 8));
  const top = Math.max(8, Math.min(anchor.y, window.innerHeight - 60));
  return { left: `${left}px`, top: `${top}px` };
}

/**
 * Moves a drawn surface up until its bottom is in the window: place() knows only its width,
 * and a tall editor under a selection low in the window would open below the fold, out of
 * reach (it is fixed, so scrolling does not bring it in). Used as a fresh ref on every
 * render, so that a surface moved by a re-render is measured again.
 */
function keepInView(element: HTMLElement | null): void {
  const box = element?.getBoundingClientRect();
  const overflow = box ? box.bottom - (window.innerHeight - 8) : 0;
  if (overflow > 0) element!.style.top = `${Math.max(8, box!.top - overflow)}px`;
}

/** A button a card or notice offers ("Save as note", "Undo"). */
export interface SurfaceAction {
  label: string;
  run: () => void;
}

/** Colours and "add note" for the current selection. */
export function Toolbar(props: { at: Anchor; onColor: (color: HighlightColor) => void; onNote: () => void }) {
  return (
    <div ref={(el) => keepInView(el)} class="gloss-surface gloss-toolbar" role="toolbar" aria-label="Gloss highlight" data-gloss="toolbar" style={place(props.at, 200)}>
      <ColorPicker onPick={props.onColor} prefix="Highlight " />
      <button type="button" class="gloss-button" data-action="add-note" onMouseDown={(e) => e.preventDefault()} onClick={props.onNote}>
        Add note
      </button>
    </div>
  );
}

/** Values the note editor hands back on save. */
export interface NoteDraft {
  note: string;
  tags: string;
  color: HighlightColor;
}

/** Reads the editor's form; the browser keeps the fields' state, so the editor needs no hooks. */
function readDraft(form: HTMLFormElement, fallback: HighlightColor): NoteDraft {
  const data = new FormData(form);
  const color = HIGHLIGHT_COLORS.find((c) => c === data.get('color')) ?? fallback;
  return { note: String(data.get('note') ?? ''), tags: String(data.get('tags') ?? ''), color };
}

/** Edits a note: text, tags, colour (radio swatches); delete when it already exists; why the last save failed. */
export function NoteEditor(props: {
  at: Anchor;
  quote: string;
  initial: NoteDraft;
  canDelete: boolean;
  error?: string | undefined;
  /** Called on every change the reader makes to the draft. */
  onEdit?: () => void;
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
      ref={(el) => keepInView(el)}
      class="gloss-surface gloss-editor"
      role="dialog"
      aria-label="Gloss note"
      data-gloss="editor"
      style={place(props.at, 320)}
      onKeyDown={onKeyDown}
      onInput={props.onEdit}
      onSubmit={(event) => {
        event.preventDefault();
        save(event.currentTarget);
      }}
    >
      <blockquote class="gloss-quote">{props.quote}</blockquote>
      {/* A ref callback focuses the note once, when the editor appears. */}
      <textarea ref={(el) => el?.focus()} name="note" placeholder="Your note" aria-label="Note" defaultValue={props.initial.note} />
      <input name="tags" placeholder="Tags, separated by commas" aria-label="Tags" defaultValue={props.initial.tags} />
      {props.error && (
        <p class="gloss-error" role="alert">
          {props.error}
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

/** A small card about an entity or claim under the pointer. */
export function HoverCard(props: { at: Anchor; title: string; lines: string[]; action?: SurfaceAction | undefined }) {
  return (
    <div ref={(el) => keepInView(el)} class="gloss-surface gloss-card" role="tooltip" data-gloss="card" style={place(props.at, 300)}>
      <h3>{props.title}</h3>
      {props.lines.length > 0 && (
        <ul>
          {props.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      {props.action && (
        <div class="gloss-row">
          <button type="button" class="gloss-button" data-action="card-action" onClick={props.action.run}>
            {props.action.label}
          </button>
        </div>
      )}
    </div>
  );
}

/** A short message to the reader (a save failed, a note was deleted), with an action where one helps ("Undo"). */
export function Notice(props: { at: Anchor; message: string; action?: SurfaceAction | undefined; onClose: () => void }) {
  return (
    <div ref={(el) => keepInView(el)} class="gloss-surface gloss-notice" role="status" data-gloss="notice" style={place(props.at, 300)}>
      <div class="gloss-row">
        <span>{props.message}</span>
        {props.action && (
          <button type="button" class="gloss-button" data-action="notice-action" onClick={props.action.run}>
            {props.action.label}
          </button>
        )}
        <button type="button" class="gloss-button" onClick={props.onClose} aria-label="Dismiss">
          ×
        </button>
      </div>
    </div>
  );
}

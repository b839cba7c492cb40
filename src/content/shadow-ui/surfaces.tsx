/** The in-page surfaces: selection toolbar, note editor, hover card, notice. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { HighlightColor } from '../../core/model/annotation';
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

/** Colours and "add note" for the current selection. */
export function Toolbar(props: { at: Anchor; onColor: (color: HighlightColor) => void; onNote: () => void }) {
  return (
    <div class="gloss-surface gloss-toolbar" role="toolbar" aria-label="Gloss highlight" data-gloss="toolbar" style={place(props.at, 200)}>
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

/** Edits a note: text, tags, colour; delete when it already exists. */
export function NoteEditor(props: {
  at: Anchor;
  quote: string;
  initial: NoteDraft;
  canDelete: boolean;
  onSave: (draft: NoteDraft) => void;
  onDelete: () => void;
  onClose: () => void;
}) {
  const [draft, setDraft] = useState(props.initial);
  const textRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => textRef.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') props.onClose();
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) props.onSave(draft);
  };
  return (
    <div class="gloss-surface gloss-editor" role="dialog" aria-label="Gloss note" data-gloss="editor" style={place(props.at, 320)} onKeyDown={onKeyDown}>
      <blockquote class="gloss-quote">{props.quote}</blockquote>
      <textarea
        ref={textRef}
        name="note"
        placeholder="Your note"
        aria-label="Note"
        value={draft.note}
        onInput={(e) => setDraft({ ...draft, note: e.currentTarget.value })}
      />
      <input
        name="tags"
        placeholder="Tags, separated by commas"
        aria-label="Tags"
        value={draft.tags}
        onInput={(e) => setDraft({ ...draft, tags: e.currentTarget.value })}
      />
      <div class="gloss-row">
        <ColorPicker value={draft.color} onPick={(color) => setDraft({ ...draft, color })} />
        {props.canDelete && (
          <button type="button" class="gloss-button danger" data-action="delete" onClick={props.onDelete}>
            Delete
          </button>
        )}
        <button type="button" class="gloss-button" data-action="cancel" onClick={props.onClose}>
          Cancel
        </button>
        <button type="button" class="gloss-button primary" data-action="save" onClick={() => props.onSave(draft)}>
          Save
        </button>
      </div>
    </div>
  );
}

/** A small card about an entity or claim under the pointer. */
export function HoverCard(props: { at: Anchor; title: string; lines: string[]; action?: { label: string; run: () => void } | undefined }) {
  return (
    <div class="gloss-surface gloss-card" role="tooltip" data-gloss="card" style={place(props.at, 300)}>
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

/** A short message to the reader (a save failed, Gloss cannot run here). */
export function Notice(props: { at: Anchor; message: string; onClose: () => void }) {
  return (
    <div class="gloss-surface gloss-notice" role="status" data-gloss="notice" style={place(props.at, 300)}>
      <div class="gloss-row">
        <span>{props.message}</span>
        <button type="button" class="gloss-button" onClick={props.onClose} aria-label="Dismiss">
          ×
        </button>
      </div>
    </div>
  );
}

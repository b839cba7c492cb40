/** The in-page surfaces: selection toolbar, hover card, notice. The note editor has a frame of its own (note-frame-surface). */
import type { HighlightColor } from '../../core/model/annotation';
import { ColorPicker } from '../../ui/ColorPicker';

/** Where a surface sits, in viewport coordinates. */
export interface Anchor {
  x: number;
  y: number;
}

export function place(anchor: Anchor, width: number) {
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
export function keepInView(element: HTMLElement | null): void {
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

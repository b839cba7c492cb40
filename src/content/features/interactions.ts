/**
 * What the reader does in the page: select text (toolbar), click a highlight (editor),
 * hover a mark (card). Every listener is bound to the feature's AbortSignal.
 */
import { describeSpan } from '../../core/anchoring/describe';
import { trimRange } from '../../core/model/text-range';
import { type Annotation, type HighlightColor, parseTagInput } from '../../core/model/annotation';
import type { ClaimReason } from '../../core/model/analysis';
import { noteChangeFailure, noteLengthProblem, saveFailure, selectionLengthProblem } from '../../core/model/save-problem';
import { ENTITY_LABELS } from '../../ui/colors';
import type { UiController } from '../shadow-ui/controller';
import type { NoteDraft } from '../../core/model/note-frame';
import type { TextIndex } from '../text-index/text-index';
import type { MarksFeature } from './marks';
import type { NoteBody, NotesFeature } from './notes';

const REASON_LABELS: Record<ClaimReason['kind'], string> = {
  figure: 'a figure',
  date: 'a date',
  attribution: 'attributed',
  comparison: 'a comparison',
  causal: 'a cause or effect',
  entity: 'names',
};

const HOVER_MS = 40;

/**
 * Whether the selection lies in text the reader is writing (a comment box, a rich-text
 * editor, a web app's document): selecting there is editing, so no toolbar pops up over the
 * site's own. The context menu and the shortcut still highlight it when asked.
 */
function isInEditableText(selection: Selection): boolean {
  const node = selection.getRangeAt(0).commonAncestorContainer;
  const element = node.nodeType === 1 /* element */ ? (node as HTMLElement) : node.parentElement;
  return element?.isContentEditable === true;
}

export interface Interactions {
  /** Highlights the current selection (context menu, keyboard shortcut); false when there is none. */
  highlightSelection(): Promise<boolean>;
  /** Moves a note onto the current selection; false when nothing in the article is selected. */
  reattachToSelection(id: string): Promise<boolean>;
}

/** A span of text and the index its offsets count in: the article's, or the whole page's. */
interface TextSpan {
  start: number;
  end: number;
  within: TextIndex;
}

export function startInteractions(deps: {
  document: Document;
  index: TextIndex;
  /**
   * The whole page's text, as it is now (text-index/page-text): a headline, caption or
   * sidebar the reader selects is not in the article's. None where the article's text is the page's.
   */
  pageIndex: (() => TextIndex) | undefined;
  notes: NotesFeature;
  marks: MarksFeature;
  ui: UiController;
  signal: AbortSignal;
}): Interactions {
  const { document, index, notes, marks, ui, signal } = deps;
  const window = document.defaultView!;

  /** The selected text: in the article's text where it lies there, else in the whole page's. */
  const selectedSpan = (): (TextSpan & { rect: DOMRect }) | undefined => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
    const range = selection.getRangeAt(0);
    const spanIn = (within: TextIndex): TextSpan | undefined => {
      const offsets = range.intersectsNode(within.root) ? within.offsetsFromRange(range) : undefined;
      const span = offsets && trimRange(within.text, offsets.start, offsets.end);
      return span && span.end > span.start ? { ...span, within } : undefined;
    };
    const span = spanIn(index) ?? (deps.pageIndex && spanIn(deps.pageIndex()));
    return span && { ...span, rect: range.getBoundingClientRect() };
  };

  const notify = (message: string, at = { x: 16, y: 16 }): void => ui.show({ kind: 'notice', at, message });

  /** Creates or updates a note; why it failed, if it did. */
  const saveNote = async (body: NoteBody, existing: Annotation | undefined, span: TextSpan | undefined): Promise<string | undefined> => {
    const result = existing ? await notes.update(existing.id, body) : span ? await notes.create(span, body) : undefined;
    return result && !result.ok ? saveFailure(result.error.message) : undefined;
  };

  /** Deletes a note, offering to undo it: the editor's Delete asks nothing first. */
  const deleteNote = async (existing: Annotation, at: { x: number; y: number }): Promise<void> => {
    const result = await notes.remove(existing.id);
    if (!result.ok) return notify(noteChangeFailure('delete', result.error.message), at);
    let undone = false;
    const undo = async () => {
      // Once: a second click before the notice closes would store a second copy.
      if (undone) return;
      undone = true;
      const restored = await notes.restore(existing);
      if (restored.ok) ui.hide();
      else notify(noteChangeFailure('restore', restored.error.message), at);
    };
    ui.show({ kind: 'notice', at, message: 'Note deleted.', action: { label: 'Undo', run: () => void undo() } });
  };

  // The toolbar waits a moment for the selection to settle; an editor opened meanwhile (the
  // shortcut, the context menu) is what the reader asked for, so the toolbar is not drawn over it.
  let toolbarTimer = 0;

  const openEditor = (at: { x: number; y: number }, quote: string, initial: NoteDraft, existing: Annotation | undefined, span?: TextSpan) => {
    window.clearTimeout(toolbarTimer);
    ui.show({
      kind: 'editor',
      at,
      quote,
      initial,
      canDelete: existing !== undefined,
      // A refused note stays in its editor, with the reason: the reader's text is never dropped.
      onSave: async (draft) => {
        const body = { note: draft.note, tags: parseTagInput(draft.tags), color: draft.color };
        return noteLengthProblem(body.note) ?? (await saveNote(body, existing, span));
      },
      onDelete: () => void (existing && deleteNote(existing, at)),
    });
  };

  const createFromSelection = async (color: HighlightColor, withNote: boolean): Promise<boolean> => {
    const span = selectedSpan();
    if (!span) return false;
    const at = { x: span.rect.left, y: span.rect.bottom + 8 };
    const tooLong = selectionLengthProblem(span.end - span.start);
    if (tooLong) {
      notify(tooLong, at);
      return false;
    }
    const quote = span.within.text.slice(span.start, span.end);
    if (withNote) {
      // The editor has the quote, in a frame of its own that takes the focus; the page's
      // selection has done its work, and left in place it would turn the next click on it
      // into a selection instead of a click on the new highlight.
      window.getSelection()?.removeAllRanges();
      openEditor(at, quote, { note: '', tags: '', color }, undefined, span);
      return true;
    }
    const result = await notes.create(span, { color, note: '', tags: [] });
    if (!result.ok) notify(`Gloss could not save this highlight: ${result.error.message}`, at);
    else {
      window.getSelection()?.removeAllRanges();
      ui.hide();
    }
    return result.ok;
  };

  const showToolbarSoon = (): void => {
    // Let the browser finish updating the selection first.
    window.clearTimeout(toolbarTimer);
    toolbarTimer = window.setTimeout(() => {
      if (ui.isEditing()) return;
      const selection = window.getSelection();
      const span = selection?.rangeCount && !isInEditableText(selection) ? selectedSpan() : undefined;
      if (!span) {
        ui.hide('toolbar');
        return;
      }
      ui.show({
        kind: 'toolbar',
        at: { x: span.rect.left, y: span.rect.bottom + 8 },
        onColor: (color) => void createFromSelection(color, false),
        onNote: () => void createFromSelection('yellow', true),
      });
    }, 0);
  };

  const onPointerUp = (event: MouseEvent): void => {
    // A click or a selection elsewhere in the page never throws away a note being written.
    if (ui.isOwn(event.target) || ui.isEditing()) return;
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) {
      showToolbarSoon();
      return;
    }
    const note = notes.noteAtPoint(event.clientX, event.clientY);
    if (note) {
      const { annotation } = note;
      openEditor(
        { x: event.clientX, y: event.clientY + 12 },
        annotation.target.quote.exact,
        { note: annotation.note, tags: annotation.tags.join(', '), color: annotation.color },
        annotation,
      );
      return;
    }
    const shown = ui.current();
    if (shown && shown.kind !== 'notice') ui.hide();
  };

  // Hit-testing reads layout, so pointer moves are handled at most every HOVER_MS, on the
  // latest position. A timer, not requestAnimationFrame, which may not fire in headless or hidden tabs.
  let hoverTimer = 0;
  let lastMove: MouseEvent | undefined;
  const onPointerMove = (moved: MouseEvent): void => {
    if (ui.isOwn(moved.target)) return;
    lastMove = moved;
    if (hoverTimer) return;
    hoverTimer = window.setTimeout(() => {
      hoverTimer = 0;
      const event = lastMove!;
      const shown = ui.current();
      if (shown && shown.kind !== 'card') return; // never cover the toolbar or the editor
      const at = { x: event.clientX + 12, y: event.clientY + 16 };
      const entity = marks.entityAtPoint(event.clientX, event.clientY);
      if (entity) {
        // The entity's fullest name: hovering "Aliyev" says who that is.
        const { text, type, mentions } = marks.groupOf(entity) ?? { ...entity, mentions: 1 };
        ui.show({ kind: 'card', at, title: `${ENTITY_LABELS[type] ?? type}: ${text}`, lines: [`Mentioned ${mentions} time${mentions === 1 ? '' : 's'} in this article`] });
        return;
      }
      const claim = marks.claimAtPoint(event.clientX, event.clientY);
      if (claim) {
        ui.show({
          kind: 'card',
          at,
          title: `Claim worth checking (${Math.round(claim.score * 100)}%)`,
          lines: claim.reasons.map((r) => `${REASON_LABELS[r.kind]}: ${r.evidence}`),
          action: {
            label: 'Save as note',
            run: () => openEditor(at, claim.text, { note: '', tags: 'claim', color: 'yellow' }, undefined, { ...claim, within: index }),
          },
        });
        return;
      }
      ui.hide('card');
    }, HOVER_MS);
  };

  const onKeyUp = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') ui.hide();
    else if ((event.shiftKey || event.key === 'Shift') && !ui.isOwn(event.target)) showToolbarSoon();
  };

  // At the window, capturing: a page's handler that stops these events before they reach the
  // document (a framework's stopPropagation at the article) does not keep them from Gloss.
  const view = document.defaultView!;
  view.addEventListener('mouseup', onPointerUp, { signal, capture: true });
  view.addEventListener('mousemove', onPointerMove, { signal, passive: true, capture: true });
  view.addEventListener('keyup', onKeyUp, { signal, capture: true });

  return {
    async highlightSelection() {
      return createFromSelection('yellow', true);
    },
    async reattachToSelection(id) {
      const span = selectedSpan();
      if (!span) return false;
      const result = await notes.update(id, { target: describeSpan(span.within.text, span.start, span.end) });
      if (result.ok) window.getSelection()?.removeAllRanges();
      return result.ok;
    },
  };
}

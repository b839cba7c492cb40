import { useState } from 'preact/hooks';
import { type Annotation, type AnnotationPatch, type HighlightColor, parseTagInput } from '../core/model/annotation';
import { noteLengthProblem } from '../core/model/save-problem';
import { COLOR_SWATCHES } from '../ui/colors';
import { ColorPicker } from '../ui/ColorPicker';

/** One note: quote, note, colour, tags, date; edit and delete in place. All user text renders as text. */
export function NoteItem(props: {
  annotation: Annotation;
  orphaned?: boolean;
  /** Saves the edit; resolves with why it failed, if it did. */
  onSave: (patch: AnnotationPatch) => Promise<string | undefined>;
  onDelete: () => void;
  onOpen?: (() => void) | undefined;
  onReattach?: (() => void) | undefined;
}) {
  const { annotation } = props;
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(annotation.note);
  const [tags, setTags] = useState(annotation.tags.join(', '));
  const [color, setColor] = useState<HighlightColor>(annotation.color);
  const [problem, setProblem] = useState<string>();
  // Each edit starts from the note as stored now: it may have been edited in the page since
  // the popup drew it, and a cancelled edit is dropped.
  const edit = () => {
    setNote(annotation.note);
    setTags(annotation.tags.join(', '));
    setColor(annotation.color);
    setProblem(undefined);
    setEditing(true);
  };
  // A refused edit stays open with the reason: the reader's text is never dropped.
  const save = async () => {
    const failed = noteLengthProblem(note) ?? (await props.onSave({ note, tags: parseTagInput(tags), color }));
    setProblem(failed);
    if (!failed) setEditing(false);
  };
  return (
    <li class={`note${props.orphaned ? ' is-orphaned' : ''}`} data-id={annotation.id}>
      <button
        type="button"
        class="note-quote"
        style={{ borderLeftColor: COLOR_SWATCHES[annotation.color].fill }}
        onClick={props.onOpen}
        disabled={!props.onOpen}
        title={props.onOpen ? 'Show in the page' : undefined}
      >
        {annotation.target.quote.exact}
      </button>
      {props.orphaned && <p class="note-status">Not found on the page as it is now; kept here with its context: “…{annotation.target.quote.prefix}” / “{annotation.target.quote.suffix}…”</p>}
      {editing ? (
        <div class="note-edit">
          <textarea aria-label="Note" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          <input aria-label="Tags" placeholder="Tags, separated by commas" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
          {problem && (
            <p class="note-problem" role="alert">
              {problem}
            </p>
          )}
          <div class="row">
            <ColorPicker value={color} onPick={setColor} />
            <button type="button" data-action="cancel" onClick={() => setEditing(false)}>
              Cancel
            </button>
            <button type="button" class="primary" data-action="save" onClick={() => void save()}>Save</button>
          </div>
        </div>
      ) : (
        <>
          {annotation.note && <p class="note-text">{annotation.note}</p>}
          <div class="note-meta">
            <span class="chip" style={{ background: COLOR_SWATCHES[annotation.color].fill }}>{COLOR_SWATCHES[annotation.color].label}</span>
            {annotation.tags.map((tag) => (
              <span class="tag" key={tag}>#{tag}</span>
            ))}
            <time dateTime={new Date(annotation.updated).toISOString()}>{new Date(annotation.updated).toLocaleString()}</time>
            {/* One group, so that a long row wraps the buttons together, never Delete alone. */}
            <span class="note-actions">
              {props.onReattach && (
                <button type="button" data-action="reattach" onClick={props.onReattach} title="Select the text in the page first">
                  Re-attach to selection
                </button>
              )}
              <button type="button" data-action="edit" onClick={edit}>Edit</button>
              <button type="button" class="danger" data-action="delete" onClick={props.onDelete}>Delete</button>
            </span>
          </div>
        </>
      )}
    </li>
  );
}

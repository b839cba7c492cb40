/** Styles of the in-page UI (toolbar, note editor, hover card), adopted into its shadow root. */
export const INPAGE_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.gloss-surface {
  position: fixed; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f;
  background: #fff; border: 1px solid #c9c9cf; border-radius: 8px; box-shadow: 0 4px 18px rgba(0,0,0,.18);
  padding: 6px; pointer-events: auto; max-width: 340px;
}
.gloss-toolbar { display: flex; gap: 6px; align-items: center; }
.gloss-colors { display: flex; gap: 4px; }
.gloss-swatch { appearance: none; margin: 0; width: 22px; height: 22px; border-radius: 50%; border: 2px solid #fff; box-shadow: 0 0 0 1px #888; cursor: pointer; padding: 0; }
.gloss-swatch.is-chosen, .gloss-swatch:checked { box-shadow: 0 0 0 2px #1d1d1f; }
.gloss-button { font: inherit; border: 1px solid #b0b0b8; background: #f5f5f7; border-radius: 6px; padding: 3px 9px; cursor: pointer; color: inherit; }
.gloss-button:hover, .gloss-swatch:hover { filter: brightness(0.95); }
.gloss-button.primary { background: #1d4ed8; border-color: #1d4ed8; color: #fff; }
.gloss-button.danger { color: #b91c1c; }
.gloss-editor { width: 320px; display: grid; gap: 6px; }
.gloss-editor textarea { width: 100%; min-height: 84px; resize: vertical; font: inherit; padding: 6px; border: 1px solid #b0b0b8; border-radius: 6px; }
.gloss-editor input { width: 100%; font: inherit; padding: 4px 6px; border: 1px solid #b0b0b8; border-radius: 6px; }
.gloss-quote { margin: 0; padding-left: 8px; border-left: 3px solid #c9c9cf; color: #555; max-height: 4.2em; overflow: hidden; font-style: italic; }
.gloss-row { display: flex; gap: 6px; justify-content: flex-end; align-items: center; }
.gloss-row .gloss-colors { margin-right: auto; }
.gloss-card { max-width: 300px; }
.gloss-card h3 { margin: 0 0 4px; font-size: 13px; }
.gloss-card ul { margin: 4px 0; padding-left: 18px; }
.gloss-notice { background: #fff8e1; border-color: #f59e0b; }
:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 1px; }
`;

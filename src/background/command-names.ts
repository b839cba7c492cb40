/** Context-menu entry id. */
export const MENU_ID = 'gloss-highlight-selection';
/** Must match the command name in manifest.json (test/arch checks it). */
export const HIGHLIGHT_COMMAND = 'highlight-selection';

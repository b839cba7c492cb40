import { createSelectionMenu } from '../platform/browser';

export const MENU_ID = 'gloss-highlight-selection';
/** Must match the command name in manifest.json. */
export const HIGHLIGHT_COMMAND = 'highlight-selection';

/** Adds "Highlight with Gloss" to the context menu of selected text. */
export function installContextMenu(): void {
  createSelectionMenu(MENU_ID, 'Highlight with Gloss');
}

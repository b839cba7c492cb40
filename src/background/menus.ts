import { createSelectionMenu } from '../platform/browser';
import { MENU_ID } from './command-names';

/** Adds "Highlight with Gloss" to the context menu of selected text. */
export function installContextMenu(): void {
  createSelectionMenu(MENU_ID, 'Highlight with Gloss');
}

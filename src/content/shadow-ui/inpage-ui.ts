/**
 * Entry of inpage-ui.js: the Preact surfaces, run by the background in a content script's
 * frame the first time that frame shows one (content/shadow-ui/lazy-controller). It shares
 * the content script's world, so it leaves its factory on the global the content script reads.
 */
import { createUiController } from './controller';
import { IN_PAGE_UI_GLOBAL, type InPageUi } from './lazy-controller';

const ui: InPageUi = { createUiController };
(globalThis as Record<string, unknown>)[IN_PAGE_UI_GLOBAL] = ui;

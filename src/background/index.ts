/**
 * The background context (Chrome service worker, Firefox event page). Listeners are
 * registered synchronously at top level; nothing is kept in memory that IndexedDB
 * does not also hold, except the opened database and the language engine, whose models
 * are loaded when an analysis first needs them.
 */
import { CLAIM_THRESHOLDS } from '../core/model/settings';
import { onceUntilFailure } from '../core/once-until-failure';
import { envelope } from '../messaging/envelope';
import type { BackgroundApi } from '../messaging/protocol';
import { createRouter } from '../messaging/router';
import { classifySender } from '../messaging/sender';
import {
  allTabs,
  extensionId,
  extensionOrigin,
  extensionVersion,
  injectInPageUi,
  onCommand,
  onInstalledOrUpdated,
  onMenuClicked,
  onRuntimeMessage,
  readPackagedFile,
  sendRuntimeMessage,
  sendTabMessage,
  type Tabs,
} from '../platform/browser';
import { openGlossDb, type GlossDb } from './db/schema';
import type { HandlerContext } from './handlers/context';
import { backgroundRoutes } from './handlers/routes';
import { annotationsChanged, annotationsChangedFor } from './change-events';
import { HIGHLIGHT_COMMAND, MENU_ID } from './command-names';
import { installContextMenu } from './menus';
import { startGlossInOpenTabs } from './open-tabs';
import { engineLoader } from './language';

/** Opens the database once per worker life; a failure is retried on the next call. */
const database: () => Promise<GlossDb> = onceUntilFailure(() => openGlossDb());

const ignore = (): void => undefined;

/**
 * Sends an event to the content scripts of the tabs it concerns: `messageFor` gives a
 * tab's message from its URL, or undefined for a tab that must not hear of it.
 */
async function broadcastToTabs(messageFor: (tabUrl: string) => unknown): Promise<void> {
  for (const tab of await allTabs()) {
    if (tab.id === undefined) continue;
    const message = messageFor(tab.url ?? '');
    if (message !== undefined) sendTabMessage(tab.id, message).catch(ignore);
  }
}

const lowestClaimThreshold = Math.min(...Object.values(CLAIM_THRESHOLDS));
const languageEngine = engineLoader(readPackagedFile);

const context: HandlerContext = {
  db: database,
  now: () => Date.now(),
  newId: () => crypto.randomUUID(),
  analyzer: async () => {
    const engine = await languageEngine();
    return (text) => engine(text, lowestClaimThreshold);
  },
  announceAnnotationsChanged: (pageKeys) => {
    sendRuntimeMessage(annotationsChanged(pageKeys)).catch(ignore);
    broadcastToTabs((tabUrl) => annotationsChangedFor(pageKeys, tabUrl)).catch(ignore);
  },
  announceSettingsChanged: () => {
    broadcastToTabs(() => envelope('settingsChanged', {})).catch(ignore);
  },
  injectInPageUi,
  version: extensionVersion(),
};

const persisted = async (): Promise<boolean> => (await navigator.storage?.persisted?.()) ?? false;

onRuntimeMessage(
  createRouter<BackgroundApi>(backgroundRoutes(context, persisted), (raw) => classifySender(raw, extensionId(), extensionOrigin()), (message, error) =>
    console.error(`Gloss: ${message}`, error),
  ),
);

function highlightIn(tab: Tabs.Tab | undefined): void {
  if (tab?.id !== undefined) sendTabMessage(tab.id, envelope('highlightSelection', {})).catch(ignore);
}

onMenuClicked((menuId, tab) => {
  if (menuId === MENU_ID) highlightIn(tab);
});
onCommand((command, tab) => {
  if (command === HIGHLIGHT_COMMAND) highlightIn(tab);
});
installContextMenu();
onInstalledOrUpdated(() => void startGlossInOpenTabs().catch((error: unknown) => console.error('Gloss: open tabs', error)));
// Ask the browser to keep Gloss's storage under pressure (granted with unlimitedStorage in Chrome).
void navigator.storage?.persist?.().catch(() => false);

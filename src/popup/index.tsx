/** Popup entry. `?tab=ID` targets a given tab (tests, or the popup opened in a tab); `?view=all` opens all notes. */
import { render } from 'preact';
import { ok } from '../core/model/result';
import { isPageKeyInput } from '../messaging/guards';
import type { PopupEvents } from '../messaging/protocol';
import { createRouter } from '../messaging/router';
import { classifySender } from '../messaging/sender';
import { activeTab, extensionId, extensionOrigin, onRuntimeMessage } from '../platform/browser';
import { App } from './App';
import { createMessagingNotesApi } from './notes-api';

async function targetTabId(params: URLSearchParams): Promise<number | undefined> {
  const fromQuery = Number(params.get('tab'));
  if (params.has('tab') && Number.isInteger(fromQuery)) return fromQuery;
  if (params.get('view') === 'all') return undefined;
  return (await activeTab())?.id;
}

/** Changes announced this close together cause one re-query, not one each. */
const COALESCE_MS = 50;

/** Re-queries when the background says notes changed. */
function subscribe(onChange: () => void): () => void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const changed = () => {
    pending ??= setTimeout(() => {
      pending = undefined;
      onChange();
    }, COALESCE_MS);
    return ok(null);
  };
  const unsubscribe = onRuntimeMessage(
    createRouter<PopupEvents>(
      { annotationsChanged: { allow: ['extension'], guard: isPageKeyInput, handle: changed } },
      (raw) => classifySender(raw, extensionId(), extensionOrigin()),
    ),
  );
  return () => {
    clearTimeout(pending);
    unsubscribe();
  };
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const api = createMessagingNotesApi(await targetTabId(params));
  const root = document.getElementById('app');
  if (root) render(<App api={api} initialView={params.get('view') === 'all' ? 'all' : 'page'} subscribe={subscribe} />, root);
}

void main();

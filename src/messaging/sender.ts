import { isRecord } from '../core/model/guards';
import type { Sender } from './router';

/**
 * Classifies a raw runtime.MessageSender: a content script of a web tab, or a page of
 * this extension (popup, options; also when opened in a tab). Anything else is refused.
 */
export function classifySender(raw: unknown, extensionId: string, extensionOrigin: string): Sender | undefined {
  if (!isRecord(raw) || raw.id !== extensionId) return undefined;
  const url = typeof raw.url === 'string' ? raw.url : '';
  const tab = isRecord(raw.tab) ? raw.tab : undefined;
  const tabId = tab && typeof tab.id === 'number' ? tab.id : undefined;
  if (url.startsWith(extensionOrigin)) return tabId === undefined ? { kind: 'extension', url } : { kind: 'extension', url, tabId };
  const frameId = typeof raw.frameId === 'number' ? raw.frameId : 0;
  if (tabId !== undefined && url) return { kind: 'content', tabId, frameId, url };
  return undefined;
}

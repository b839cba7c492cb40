import { isRecord } from '../core/model/guards';
import type { Sender } from './router';

/**
 * Classifies a raw runtime.MessageSender: a content script of a web tab, or a page of
 * this extension (popup, options; also when opened in a tab). Anything else is refused.
 */
export function classifySender(raw: unknown, extensionId: string, extensionOrigin: string): Sender | undefined {
  if (!isRecord(raw) || raw.id !== extensionId) return undefined;
  const url = typeof raw.url === 'string' ? raw.url : '';
  if (url.startsWith(extensionOrigin)) return { kind: 'extension', url };
  const tab = isRecord(raw.tab) ? raw.tab : undefined;
  const frameId = typeof raw.frameId === 'number' ? raw.frameId : 0;
  if (tab && typeof tab.id === 'number' && url) return { kind: 'content', tabId: tab.id, frameId, url };
  return undefined;
}

/**
 * The runtime messaging the content script needs, over the browser's native API
 * (`browser` in Firefox and Chrome 148+, `chrome` before). The content script runs in
 * every tab, so it does without webextension-polyfill's 10 KB; MV3's runtime.sendMessage
 * already returns a Promise in both browsers. Background and popup use ./browser.
 */
import type { Runtime } from 'webextension-polyfill';

interface NativeRuntime {
  id: string;
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: NativeListener): void;
    removeListener(listener: NativeListener): void;
  };
}
type NativeListener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void) => boolean | undefined;

function nativeRuntime(): NativeRuntime {
  const scope = globalThis as { browser?: { runtime?: NativeRuntime }; chrome?: { runtime?: NativeRuntime } };
  const runtime = scope.browser?.runtime ?? scope.chrome?.runtime;
  if (!runtime) throw new Error('Gloss: no extension runtime in this context');
  return runtime;
}

/**
 * Firefox answers with the Promise a listener returns. Its `return true` + sendResponse
 * path did not reach the sender from a content script (Firefox ESR 153: "Receiving end
 * does not exist"), so there the Promise is returned; Chrome needs sendResponse.
 */
const PROMISE_REPLIES = typeof (globalThis as { browser?: { runtime?: { getBrowserInfo?: unknown } } }).browser?.runtime?.getBrowserInfo === 'function';

/** This extension's id. */
export function runtimeId(): string {
  return nativeRuntime().id;
}

/** False once this script is cut off from the extension (Chrome, after Gloss is updated or reloaded: runtime.id is gone). */
export function isConnected(): boolean {
  try {
    return Boolean(nativeRuntime().id);
  } catch {
    return false;
  }
}

/** The address of a file of the extension. */
export function extensionUrl(path: string): string {
  return nativeRuntime().getURL(path);
}

/** Sends a message to the background. */
export function sendMessageNative(message: unknown): Promise<unknown> {
  return nativeRuntime().sendMessage(message);
}

/**
 * Registers a listener in the polyfill's shape (undefined = not mine, Promise = my answer)
 * on the native API, which answers through sendResponse and `return true`.
 */
export function onMessageNative(listener: (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined): () => void {
  const native: NativeListener = (message, sender, sendResponse) => {
    const reply = listener(message, sender);
    if (!reply) return undefined;
    if (PROMISE_REPLIES) return reply as unknown as boolean;
    reply.then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: { code: 'internal', message: String(error) } }));
    return true;
  };
  const runtime = nativeRuntime();
  runtime.onMessage.addListener(native);
  return () => runtime.onMessage.removeListener(native);
}

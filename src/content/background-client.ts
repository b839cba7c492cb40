import { createClient } from '../messaging/client';
import type { BackgroundApi } from '../messaging/protocol';
import { sendMessageNative } from '../platform/native-runtime';

/** Typed calls to the background from the content script. */
export const callBackground = createClient<BackgroundApi>(sendMessageNative);

export type BackgroundCaller = typeof callBackground;

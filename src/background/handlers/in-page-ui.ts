/** The in-page UI's code (inpage-ui.js), run for the content script that asks, in its own frame only. */
import { fail, ok } from '../../core/model/result';
import { isEmptyInput } from '../../messaging/guards';
import type { BackgroundApi } from '../../messaging/protocol';
import type { Route } from '../../messaging/router';
import type { HandlerContext } from './context';

export function loadInPageUiRoute(context: HandlerContext): Route<BackgroundApi, 'loadInPageUi'> {
  return {
    allow: ['content'],
    guard: isEmptyInput,
    handle: async (_input, sender) => {
      // Never met (allow), but it tells the compiler the sender has a tab and frame.
      if (sender.kind !== 'content') return fail('forbidden', 'only a content script has a frame to load the in-page UI in');
      await context.injectInPageUi(sender.tabId, sender.frameId);
      return ok(null);
    },
  };
}

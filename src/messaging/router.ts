/**
 * One router per receiver: ignores what is not a Gloss envelope for it, classifies
 * the sender, checks the method's sender policy and input guard, then runs the
 * handler. Every answer is a Result; nothing is thrown across the boundary.
 */
import { type Result, errorMessage, fail } from '../core/model/result';
import { isEnvelope } from './envelope';
import type { CallMap, InputOf, OutputOf } from './protocol';

/** Who sent a message, as far as the router trusts it. */
export type Sender =
  | { kind: 'content'; tabId: number; frameId: number; url: string }
  /** A page of this extension; `tabId` when it is shown in a tab (the popup opened in one, the note editor's frame). */
  | { kind: 'extension'; url: string; tabId?: number };

export type SenderKind = Sender['kind'];

/** How one method is guarded and handled. */
export interface Route<M extends CallMap, K extends keyof M> {
  /** Sender kinds allowed to call. Privileged methods list only 'extension'. */
  allow: readonly SenderKind[];
  /** Checks the untrusted input before the handler sees it. */
  guard: (input: unknown) => input is InputOf<M, K>;
  handle: (input: InputOf<M, K>, sender: Sender) => Promise<Result<OutputOf<M, K>>> | Result<OutputOf<M, K>>;
}

/** A route for every method of a call map. */
export type RouteTable<M extends CallMap> = { [K in keyof M]: Route<M, K> };

/** The listener shape: undefined for messages this receiver does not own, else a Promise of the reply. */
export type MessageListener = (message: unknown, rawSender: unknown) => Promise<Result<unknown>> | undefined;

/** Builds a listener that dispatches to `routes`; `classify` turns the raw sender into a trusted one. */
export function createRouter<M extends CallMap>(
  routes: RouteTable<M>,
  classify: (rawSender: unknown) => Sender | undefined,
  log: (message: string, error: unknown) => void = () => {},
): MessageListener {
  return (message, rawSender) => {
    if (!isEnvelope(message) || !Object.hasOwn(routes, message.type)) return undefined;
    const route = routes[message.type as keyof M]!;
    return (async (): Promise<Result<unknown>> => {
      const sender = classify(rawSender);
      if (!sender) return fail('forbidden', 'unknown sender');
      if (!route.allow.includes(sender.kind)) return fail('forbidden', `${message.type} is not allowed from a ${sender.kind} sender`);
      if (!route.guard(message.input)) return fail('bad-request', `invalid input for ${message.type}`);
      try {
        return await route.handle(message.input, sender);
      } catch (error) {
        log(`${message.type} failed`, error);
        return fail('internal', errorMessage(error));
      }
    })();
  };
}

/** Typed senders: build the envelope, and turn any transport failure into a Result. */
import { type Result, errorMessage, fail } from '../core/model/result';
import { isRecord } from '../core/model/guards';
import { envelope } from './envelope';
import type { CallMap, InputOf, MethodOf, OutputOf } from './protocol';

/** Delivers an envelope and resolves with the raw reply. */
export type Transport = (message: unknown) => Promise<unknown>;

/** True for a well-formed Result reply. */
function isResult(reply: unknown): reply is Result<unknown> {
  return isRecord(reply) && (reply.ok === true ? 'value' in reply : reply.ok === false && isRecord(reply.error));
}

/** A typed client over a transport (runtime.sendMessage, or tabs.sendMessage bound to a tab). */
export function createClient<M extends CallMap>(transport: Transport) {
  return async function call<K extends MethodOf<M>>(type: K, input: InputOf<M, K>): Promise<Result<OutputOf<M, K>>> {
    try {
      const reply = await transport(envelope(type, input));
      if (isResult(reply)) return reply as Result<OutputOf<M, K>>;
      return fail('unavailable', `no Gloss receiver answered ${type}`);
    } catch (error) {
      return fail('unavailable', errorMessage(error));
    }
  };
}

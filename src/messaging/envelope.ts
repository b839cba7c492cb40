/** The wire format: every Gloss message is an envelope; anything else is ignored. */
import { isRecord } from '../core/model/guards';

export const NAMESPACE = 'gloss';
export const PROTOCOL_VERSION = 1;

/** A message on the wire. */
export interface Envelope<T extends string = string, I = unknown> {
  ns: typeof NAMESPACE;
  v: typeof PROTOCOL_VERSION;
  type: T;
  input: I;
}

/** Wraps a call in an envelope. */
export function envelope<T extends string, I>(type: T, input: I): Envelope<T, I> {
  return { ns: NAMESPACE, v: PROTOCOL_VERSION, type, input };
}

/** True for a Gloss envelope of this protocol version. */
export function isEnvelope(message: unknown): message is Envelope {
  return (
    isRecord(message) &&
    message.ns === NAMESPACE &&
    message.v === PROTOCOL_VERSION &&
    typeof message.type === 'string' &&
    'input' in message
  );
}

import { describe, expect, it } from 'vitest';
import { ok } from '../../../src/core/model/result';
import { createClient } from '../../../src/messaging/client';
import { envelope } from '../../../src/messaging/envelope';
import { type RouteTable, type Sender, createRouter } from '../../../src/messaging/router';
import { classifySender } from '../../../src/messaging/sender';

type TestApi = {
  echo: { input: { text: string }; output: string };
  wipe: { input: Record<string, never>; output: number };
  boom: { input: Record<string, never>; output: null };
};

const isEcho = (input: unknown): input is { text: string } => typeof (input as { text?: unknown })?.text === 'string';
const isEmpty = (input: unknown): input is Record<string, never> => typeof input === 'object' && input !== null && Object.keys(input).length === 0;

const routes: RouteTable<TestApi> = {
  echo: { allow: ['content', 'extension'], guard: isEcho, handle: ({ text }) => ok(text) },
  wipe: { allow: ['extension'], guard: isEmpty, handle: () => ok(3) },
  boom: {
    allow: ['extension'],
    guard: isEmpty,
    handle: () => {
      throw new Error('kaput');
    },
  },
};

const CONTENT: Sender = { kind: 'content', tabId: 1, frameId: 0, url: 'https://page.example/' };
const EXTENSION: Sender = { kind: 'extension', url: 'chrome-extension://id/popup.html' };
const routerAs = (sender: Sender | undefined) => createRouter(routes, () => sender);

describe('createRouter', () => {
  it('ignores messages that are not Gloss envelopes or not its own', () => {
    const router = routerAs(EXTENSION);
    expect(router({ type: 'echo', input: { text: 'x' } }, {})).toBeUndefined();
    expect(router({ ns: 'gloss', v: 2, type: 'echo', input: {} }, {})).toBeUndefined();
    expect(router(envelope('someoneElses', {}), {})).toBeUndefined();
    expect(router(envelope('toString', {}), {})).toBeUndefined();
  });

  it('answers a valid call with a Result', async () => {
    await expect(routerAs(CONTENT)(envelope('echo', { text: 'hi' }), {})).resolves.toEqual({ ok: true, value: 'hi' });
  });

  it('refuses privileged calls from content scripts', async () => {
    await expect(routerAs(CONTENT)(envelope('wipe', {}), {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await expect(routerAs(EXTENSION)(envelope('wipe', {}), {})).resolves.toEqual({ ok: true, value: 3 });
  });

  it('refuses unknown senders and invalid input', async () => {
    await expect(routerAs(undefined)(envelope('echo', { text: 'x' }), {})).resolves.toMatchObject({ error: { code: 'forbidden' } });
    await expect(routerAs(CONTENT)(envelope('echo', { text: 5 }), {})).resolves.toMatchObject({ error: { code: 'bad-request' } });
  });

  it('turns a handler exception into an internal error instead of a rejection', async () => {
    await expect(routerAs(EXTENSION)(envelope('boom', {}), {})).resolves.toMatchObject({ ok: false, error: { code: 'internal', message: 'kaput' } });
  });
});

describe('createClient', () => {
  it('sends envelopes and passes Results through', async () => {
    const router = routerAs(EXTENSION);
    const call = createClient<TestApi>(async (message) => router(message, {}));
    await expect(call('echo', { text: 'x' })).resolves.toEqual({ ok: true, value: 'x' });
  });

  it('reports a transport failure or a missing receiver as unavailable', async () => {
    const failing = createClient<TestApi>(() => Promise.reject(new Error('Extension context invalidated.')));
    await expect(failing('echo', { text: 'x' })).resolves.toMatchObject({ ok: false, error: { code: 'unavailable', message: 'Extension context invalidated.' } });
    const silent = createClient<TestApi>(async () => undefined);
    await expect(silent('echo', { text: 'x' })).resolves.toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});

describe('classifySender', () => {
  const ORIGIN = 'chrome-extension://abc/';
  it('tells extension pages from content scripts, and refuses others', () => {
    expect(classifySender({ id: 'abc', url: `${ORIGIN}popup.html` }, 'abc', ORIGIN)).toEqual({ kind: 'extension', url: `${ORIGIN}popup.html` });
    // An extension page shown in a tab (the popup opened in one, the note editor's frame) says which.
    expect(classifySender({ id: 'abc', url: `${ORIGIN}note-frame.html`, tab: { id: 4 } }, 'abc', ORIGIN)).toEqual({ kind: 'extension', url: `${ORIGIN}note-frame.html`, tabId: 4 });
    expect(classifySender({ id: 'abc', url: 'https://page.example/', tab: { id: 4 } }, 'abc', ORIGIN)).toEqual({ kind: 'content', tabId: 4, frameId: 0, url: 'https://page.example/' });
    expect(classifySender({ id: 'abc', url: 'https://page.example/', tab: { id: 4 }, frameId: 7 }, 'abc', ORIGIN)).toMatchObject({ frameId: 7 });
    expect(classifySender({ id: 'other', url: `${ORIGIN}popup.html` }, 'abc', ORIGIN)).toBeUndefined();
    expect(classifySender({ id: 'abc', url: 'https://page.example/' }, 'abc', ORIGIN)).toBeUndefined();
  });
});

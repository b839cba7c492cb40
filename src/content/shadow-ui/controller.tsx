/** Renders at most one in-page surface at a time into the shadow root. */
import { type ComponentProps, render } from 'preact';
import INPAGE_CSS from './inpage.css?inline';
import { createUiHost } from './host';
import { HoverCard, NoteEditor, Notice, Toolbar } from './surfaces';

/** What the in-page UI currently shows. */
export type Surface =
  | ({ kind: 'toolbar' } & ComponentProps<typeof Toolbar>)
  | ({ kind: 'editor' } & Omit<ComponentProps<typeof NoteEditor>, 'onClose' | 'onEdit'>)
  | ({ kind: 'card' } & ComponentProps<typeof HoverCard>)
  | ({ kind: 'notice' } & Omit<ComponentProps<typeof Notice>, 'onClose'>);

/** Shows and hides surfaces; creates the host lazily so pages Gloss never touches get none. */
export interface UiController {
  show(surface: Surface): void;
  hide(kind?: Surface['kind']): void;
  current(): Surface | undefined;
  /** True while the note editor holds a draft the reader has written: only its own Save, Cancel, Delete and Escape may close it. */
  isEditing(): boolean;
  /** True when an event target is Gloss's own UI. */
  isOwn(target: EventTarget | null): boolean;
}

export function createUiController(document: Document, signal: AbortSignal): UiController {
  let host: ReturnType<typeof createUiHost> | undefined;
  let shown: Surface | undefined;
  // Each editor gets a fresh key so its draft state never leaks into the next one.
  let generation = 0;
  let edited = false;

  const draw = (): void => {
    host ??= createUiHost(document, INPAGE_CSS, signal);
    const close = () => controller.hide();
    const surface = shown;
    const vnode =
      surface === undefined ? null
      : surface.kind === 'toolbar' ? <Toolbar {...surface} />
      : surface.kind === 'editor' ? <NoteEditor key={generation} {...surface} onClose={close} onEdit={() => (edited = true)} />
      : surface.kind === 'card' ? <HoverCard {...surface} />
      : <Notice {...surface} onClose={close} />;
    render(vnode, host.root);
  };

  const controller: UiController = {
    show(surface) {
      if (surface.kind === 'editor') {
        generation++;
        // A draft shown again because saving it failed is the reader's writing too.
        edited = surface.error !== undefined;
      }
      shown = surface;
      draw();
    },
    hide(kind) {
      if (!shown || (kind && shown.kind !== kind)) return;
      shown = undefined;
      draw();
    },
    current: () => shown,
    isEditing: () => shown?.kind === 'editor' && edited,
    isOwn: (target) => host !== undefined && target === host.host,
  };
  return controller;
}

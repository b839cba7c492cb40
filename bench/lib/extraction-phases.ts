/**
 * Where Gloss's extraction time goes on a live page (bench:article --browser chromium
 * --phases). Each phase runs on a fresh load of the page of its own, as the extraction does
 * in the comparison, and says how long it took and how many things it read.
 */
import { extractWithGloss, extractWithReadability } from './extractors';

type Clock = () => number;

export interface PhaseTime {
  ms: number;
  /** Elements visited, or characters read; 0 where nothing is counted. */
  read: number;
}

/**
 * Visits every element under the body, reading nothing (the least any walk of the page
 * costs), or with `readText` each element's class and its own text (what any detection must read).
 */
function walkPage(document: Document, now: Clock, readText: boolean): PhaseTime {
  const start = now();
  let read = 0;
  const top = document.body;
  let node: Element | null = top;
  while (node) {
    if (!readText) read++;
    else {
      if (node.hasAttributes()) read += node.className.length;
      for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === 3) read += (child as Text).data.length;
    }
    const first: Element | null = node.firstElementChild;
    if (first) {
      node = first;
      continue;
    }
    // The same climb as the block walk's (collect-blocks.ts): each next sibling read once.
    let next: Element | null = null;
    while (node && node !== top && !(next = node.nextElementSibling)) node = node.parentElement;
    node = node && node !== top ? next : null;
  }
  return { ms: now() - start, read };
}

const WARM_UP_PAGE = `<nav class="menu"><a href="/">Home</a></nav><article class="story"><h1>A headline</h1>${'<p>Words of a paragraph, with a comma, and enough of them to read as prose to the detector.</p>'.repeat(6)}</article><footer>Footer</footer>`;

/** Gloss's extraction after its code has run three times on a small document: the page is new to it, the code is not. */
export function glossWithCodeRunBefore(document: Document, now: Clock): PhaseTime {
  const small = document.implementation.createHTMLDocument('warm-up');
  small.body.innerHTML = WARM_UP_PAGE;
  for (let i = 0; i < 3; i++) extractWithGloss(small, now);
  return { ms: extractWithGloss(document, now).ms, read: 0 };
}

export const PHASES = {
  gloss: (document: Document, now: Clock): PhaseTime => ({ ms: extractWithGloss(document, now).ms, read: 0 }),
  glossWithCodeRunBefore,
  walkElements: (document: Document, now: Clock) => walkPage(document, now, false),
  walkElementsAndText: (document: Document, now: Clock) => walkPage(document, now, true),
  readability: (document: Document, now: Clock): PhaseTime => ({ ms: extractWithReadability(document, now).ms, read: 0 }),
};

export type PhaseName = keyof typeof PHASES;

/** The content script's side of the protocol: what the background and popup may ask a tab. */
import { sortByMentions } from '../../core/model/analysis';
import type { PageMeta } from '../../core/model/page';
import { ok } from '../../core/model/result';
import { isEmptyInput, isGroupInput, isIdInput, isPageKeyInput } from '../../messaging/guards';
import type { ContentApi, PageAnalysis, PageState } from '../../messaging/protocol';
import type { RouteTable } from '../../messaging/router';
import type { Painter } from '../highlighting/painter';
import type { TextIndex } from '../text-index/text-index';
import type { Interactions } from './interactions';
import type { MarksFeature, Step } from './marks';
import type { NotesFeature } from './notes';

export interface PageApiDeps {
  /** What detection made of the page: an article, none, or a page too large to search. */
  status: PageState['status'];
  index: TextIndex;
  page: PageMeta;
  notes: NotesFeature;
  marks: MarksFeature;
  interactions: Interactions;
  painter: Painter;
  /** Resolves once notes are placed and marks painted (or failed). */
  ready: Promise<void>;
  autoMark: () => boolean;
  onSettingsChanged: () => Promise<void>;
}

const FOCUS_MS = 1600;

/** Smooth scrolling, unless the reader has asked the system for less motion. */
export function scrollBehavior(view: Pick<Window, 'matchMedia'> | null): ScrollBehavior {
  return view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}

/** Scrolls a range into view and flashes it. */
function focusRange(painter: Painter, range: Range): void {
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', behavior: scrollBehavior(element.ownerDocument.defaultView) });
  painter.set('gloss-focus', [range]);
  setTimeout(() => painter.set('gloss-focus', []), FOCUS_MS);
}

export function pageApiRoutes(deps: PageApiDeps): RouteTable<ContentApi> {
  const both = ['content', 'extension'] as const;
  /** Scrolls to a step's span and flashes it; where it is in its list (-1 of 0 for an empty list). */
  const showStep = (step: Step | undefined): { index: number; total: number } => {
    if (!step) return { index: -1, total: 0 };
    const range = deps.index.rangeFromOffsets(step.span.start, step.span.end);
    if (range) focusRange(deps.painter, range);
    return { index: step.index, total: step.total };
  };
  const isArticle = deps.status === 'article';
  return {
    getPageAnalysis: {
      allow: both,
      guard: isEmptyInput,
      handle: async () => {
        await deps.ready;
        const { entities, claims } = deps.marks.visible();
        const analysis: PageAnalysis = {
          article: isArticle ? { title: deps.page.title, byline: deps.page.byline, text: deps.index.text } : null,
          entities: entities.map(({ text, type, start, end }) => ({ text, type, start, end })),
          claims: claims.map(({ text, score, start, end }) => ({ text, score, start, end })),
          annotations: deps.notes.placements(),
        };
        return ok(analysis);
      },
    },
    getPageState: {
      allow: both,
      guard: isEmptyInput,
      handle: async () => {
        await deps.ready;
        // An analysis that failed (the background could not load its models) is asked for again when the reader looks.
        if (deps.marks.problem() && deps.autoMark()) await deps.marks.analyze();
        const { claims, groups, english } = deps.marks.visible();
        return ok({
          status: deps.status,
          page: deps.page,
          autoMark: deps.autoMark(),
          summary: { entities: sortByMentions(groups.map((g, group) => ({ ...g, group }))), claims: claims.length, english, problem: deps.marks.problem() },
          placements: deps.notes.placements(),
        });
      },
    },
    scrollToAnnotation: {
      allow: both,
      guard: isIdInput,
      handle: ({ id }) => {
        const range = deps.notes.rangeOf(id);
        if (!range) return ok({ found: false });
        focusRange(deps.painter, range);
        return ok({ found: true });
      },
    },
    showEntity: {
      allow: both,
      guard: isGroupInput,
      handle: ({ group }) => ok(showStep(deps.marks.nextMention(group))),
    },
    showClaim: {
      allow: both,
      guard: isEmptyInput,
      handle: () => ok(showStep(deps.marks.nextClaim())),
    },
    highlightSelection: {
      allow: both,
      guard: isEmptyInput,
      handle: async () => ok({ created: await deps.interactions.highlightSelection() }),
    },
    reattachAnnotation: {
      allow: both,
      guard: isIdInput,
      handle: async ({ id }) => ok({ reattached: await deps.interactions.reattachToSelection(id) }),
    },
    annotationsChanged: {
      allow: both,
      guard: isPageKeyInput,
      handle: async ({ pageKey }) => {
        if (pageKey === deps.page.key || pageKey === '*') await deps.notes.reload();
        return ok(null);
      },
    },
    settingsChanged: {
      allow: both,
      guard: isEmptyInput,
      handle: async () => {
        await deps.onSettingsChanged();
        return ok(null);
      },
    },
  };
}

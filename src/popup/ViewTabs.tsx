/**
 * The popup's two views as tabs, after the WAI-ARIA tabs pattern: one tab in the Tab order
 * (the selected one), arrow keys, Home and End move between them, and each controls the view
 * panel the popup draws below.
 */
export type View = 'page' | 'all';

const VIEWS: readonly { view: View; label: string }[] = [
  { view: 'page', label: 'This page' },
  { view: 'all', label: 'All notes' },
];

/** The id of a view's tab, which labels the panel while that view is shown. */
export const tabId = (view: View) => `tab-${view}`;

/** The id of the panel the tabs control. */
export const VIEW_PANEL = 'view-panel';

export function ViewTabs(props: { view: View; onChange: (view: View) => void }) {
  const onKeyDown = (event: KeyboardEvent) => {
    const at = VIEWS.findIndex((v) => v.view === props.view);
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1 + VIEWS.length, Home: 0, End: VIEWS.length - 1 };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = VIEWS[to % VIEWS.length]!.view;
    props.onChange(next);
    document.getElementById(tabId(next))?.focus();
  };
  return (
    <nav class="tabs" role="tablist" aria-label="Notes" onKeyDown={onKeyDown}>
      {VIEWS.map(({ view, label }) => (
        <button
          key={view}
          type="button"
          role="tab"
          id={tabId(view)}
          aria-controls={VIEW_PANEL}
          aria-selected={props.view === view}
          tabIndex={props.view === view ? 0 : -1}
          onClick={() => props.onChange(view)}
        >
          {label}
        </button>
      ))}
    </nav>
  );
}

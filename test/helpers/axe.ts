/**
 * axe-core's accessibility rules run in a page (or a part of it, such as Gloss's shadow UI).
 * axe reads inside open shadow roots, so `gloss-ui` covers the toolbar and cards; the note
 * editor is a frame of its own.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'puppeteer-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeOutcome {
  /** "impact rule-id: selector" for each element that breaks a rule. */
  violations: string[];
  /** For each rule, how many elements passed it ("button-name": buttons with a name): proof that axe saw the UI at all. */
  passed: Record<string, number>;
}

/** Rules about a whole page (one main landmark, one h1), which a frame inside a page does not answer to. */
const WHOLE_PAGE_RULES = ['landmark-one-main', 'page-has-heading-one'];

/**
 * Runs axe over a page, or over the elements `include` selects; `embedded`: the document is a
 * frame inside a page (the note editor), so the whole-page rules are left out.
 */
export async function runAxe(page: Page | Frame, options: { include?: string; embedded?: boolean } = {}): Promise<AxeOutcome> {
  await page.evaluate(AXE_SOURCE);
  const rules = Object.fromEntries((options.embedded ? WHOLE_PAGE_RULES : []).map((rule) => [rule, { enabled: false }]));
  return page.evaluate(async (selector: string | undefined, ruleOptions: Record<string, { enabled: boolean }>) => {
    type Node = { target: unknown[] };
    type Rule = { id: string; impact: string; nodes: Node[] };
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Rule[]; passes: Rule[] }> } }).axe;
    const result = await axe.run(selector ? { include: [[selector]] } : document, { resultTypes: ['violations', 'passes'], rules: ruleOptions });
    return {
      violations: result.violations.flatMap((rule) => rule.nodes.map((node) => `${rule.impact} ${rule.id}: ${JSON.stringify(node.target)}`)),
      passed: Object.fromEntries(result.passes.map((rule) => [rule.id, rule.nodes.length])),
    };
  }, options.include, rules);
}

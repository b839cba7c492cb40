/**
 * axe-core's accessibility rules run in a page (or a part of it, such as Gloss's shadow UI).
 * axe reads inside open shadow roots, so `gloss-ui` covers the toolbar and cards.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeOutcome {
  /** "impact rule-id: selector" for each element that breaks a rule. */
  violations: string[];
  /** Buttons whose accessible name axe checked: proof that it saw the UI at all. */
  buttonsChecked: number;
}

/** Runs axe over the page, or over the elements `include` selects. */
export async function runAxe(page: Page, include?: string): Promise<AxeOutcome> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (selector: string | undefined) => {
    type Node = { target: unknown[] };
    type Rule = { id: string; impact: string; nodes: Node[] };
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Rule[]; passes: Rule[] }> } }).axe;
    const result = await axe.run(selector ? { include: [[selector]] } : document, { resultTypes: ['violations', 'passes'] });
    return {
      violations: result.violations.flatMap((rule) => rule.nodes.map((node) => `${rule.impact} ${rule.id}: ${JSON.stringify(node.target)}`)),
      buttonsChecked: result.passes.find((rule) => rule.id === 'button-name')?.nodes.length ?? 0,
    };
  }, include);
}

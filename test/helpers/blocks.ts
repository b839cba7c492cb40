import type { BlockDescriptor } from '../../src/core/article/block';

/** A compact tree from which block descriptors are built (preorder, as the DOM walk yields them). */
export interface BlockSpec {
  tag: string;
  hints?: string;
  role?: string;
  hidden?: boolean;
  /** Own text length (characters). */
  text?: number;
  commas?: number;
  children?: BlockSpec[];
}

export function buildBlocks(spec: BlockSpec): BlockDescriptor[] {
  const out: BlockDescriptor[] = [];
  const visit = (node: BlockSpec, parent: number) => {
    const index = out.length;
    out.push({ parent, tag: node.tag, hints: node.hints ?? '', role: node.role ?? '', hidden: node.hidden ?? false, ownTextLength: node.text ?? 0, ownCommas: node.commas ?? 0 });
    node.children?.forEach((child) => visit(child, index));
  };
  visit(spec, -1);
  return out;
}

/** A paragraph of n characters with a few commas. */
export const para = (n: number, commas = 2): BlockSpec => ({ tag: 'p', text: n, commas });
/** A list of links. */
export const linkList = (hints: string, items = 5): BlockSpec => ({
  tag: 'ul',
  hints,
  children: Array.from({ length: items }, () => ({ tag: 'li', children: [{ tag: 'a', text: 40 }] })),
});

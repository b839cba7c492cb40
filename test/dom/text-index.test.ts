import { beforeEach, describe, expect, it } from 'vitest';
import { buildTextIndex } from '../../src/content/text-index/text-index';

describe('buildTextIndex', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <article id="a">
        <h1>Title here</h1>
        <p>First <em>para</em>graph.</p><p>Second para<br>after break.</p>
        <div class="share" id="skip">Share this</div>
        <script>var x = 1;</script>
        <p hidden>Hidden text</p>
        <gloss-ui>Our own UI</gloss-ui>
        <p>Third.</p>
      </article>`;
  });

  it('joins blocks with blank lines, never gluing two paragraphs, and skips scripts, hidden and excluded nodes', () => {
    const root = document.getElementById('a')!;
    const index = buildTextIndex(root, new Set([document.getElementById('skip')!]));
    const words = index.text.split(/\s+/).filter(Boolean);
    expect(words).toEqual(['Title', 'here', 'First', 'paragraph.', 'Second', 'para', 'after', 'break.', 'Third.']);
    expect(index.text).toContain('paragraph.\n\n');
    expect(index.text).toContain('para\nafter');
  });

  it('maps offsets to DOM ranges and back, across element boundaries', () => {
    const index = buildTextIndex(document.getElementById('a')!);
    const start = index.text.indexOf('First');
    const end = index.text.indexOf('graph.') + 'graph'.length;
    const range = index.rangeFromOffsets(start, end)!;
    expect(range.toString()).toBe('First paragraph');
    expect(index.offsetsFromRange(range)).toEqual({ start, end });
  });

  it('clamps a range that starts in skipped content to the next indexed text', () => {
    const index = buildTextIndex(document.getElementById('a')!, new Set([document.getElementById('skip')!]));
    const range = document.createRange();
    range.setStart(document.getElementById('skip')!.firstChild!, 2);
    const third = [...document.querySelectorAll('p')].at(-1)!.firstChild!;
    range.setEnd(third, 5);
    const offsets = index.offsetsFromRange(range)!;
    expect(index.text.slice(offsets.start, offsets.end).trim()).toBe('Third');
    expect(index.text.slice(offsets.start, offsets.end)).not.toContain('Share');
  });

  it('rejects ranges outside the text', () => {
    const index = buildTextIndex(document.getElementById('a')!);
    expect(index.rangeFromOffsets(-1, 3)).toBeUndefined();
    expect(index.rangeFromOffsets(5, 5)).toBeUndefined();
    expect(index.rangeFromOffsets(0, index.text.length + 1)).toBeUndefined();
  });

  it('handles a very deep page without overflowing the stack', () => {
    let html = '';
    for (let i = 0; i < 20_000; i++) html += '<div>';
    html += 'deep text';
    document.body.innerHTML = html;
    expect(buildTextIndex(document.body).text.trim()).toBe('deep text');
  });
});

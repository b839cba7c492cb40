import { describe, expect, it } from 'vitest';
import { documentKind } from '../../../../src/core/model/document-kind';

describe('documentKind', () => {
  it('names the kinds of document without a body that browsers show', () => {
    expect(documentKind('image/svg+xml')).toBe('an SVG image');
    expect(documentKind('application/xml')).toBe('an XML file');
    expect(documentKind('text/xml')).toBe('an XML file');
    expect(documentKind('application/atom+xml')).toBe('an XML file');
    expect(documentKind('application/x-foo')).toBe('a document of type application/x-foo');
  });
});

/** A document's content type as the popup names it to the reader ("an SVG image"). */
export function documentKind(contentType: string): string {
  if (contentType === 'image/svg+xml') return 'an SVG image';
  if (/[/+]xml$/.test(contentType)) return 'an XML file';
  return `a document of type ${contentType}`;
}

import { describe, expect, it } from 'vitest';
import { areOnSameSite, pageKeyFor, safeLinkHref } from '../../../../src/core/url/page-key';
import { isSameSite } from '../../../../src/core/url/site';

describe('pageKeyFor', () => {
  it.each([
    ['drops the fragment', 'https://news.example/a?id=1#comments', undefined, 'https://news.example/a?id=1'],
    ['drops utm_* parameters', 'https://news.example/a?utm_source=x&utm_medium=y', undefined, 'https://news.example/a'],
    ['drops click ids', 'https://news.example/a?fbclid=1&gclid=2&msclkid=3&id=7', undefined, 'https://news.example/a?id=7'],
    ['sorts the parameters it keeps', 'https://news.example/a?b=2&a=1', undefined, 'https://news.example/a?a=1&b=2'],
    ['lower-cases the host', 'https://NEWS.Example/A', undefined, 'https://news.example/A'],
    ['drops a default port', 'https://news.example:443/a', undefined, 'https://news.example/a'],
    ['uses a same-site canonical', 'https://news.example/a?page=amp', 'https://news.example/story/a', 'https://news.example/story/a'],
    ['resolves a relative canonical', 'https://news.example/a?x=1', '/story/a', 'https://news.example/story/a'],
    ['accepts a canonical on www. of the same site', 'https://m.news.example/a', 'https://www.news.example/a', 'https://www.news.example/a'],
    ['ignores a canonical on another site', 'https://news.example/a', 'https://evil.example/a', 'https://news.example/a'],
    ['ignores a canonical with another scheme', 'https://news.example/a', 'javascript:alert(1)', 'https://news.example/a'],
    ['strips tracking from the canonical too', 'https://news.example/a', 'https://news.example/a?utm_campaign=z', 'https://news.example/a'],
    ['keys file pages', 'file:///home/me/a.html#x', undefined, 'file:///home/me/a.html'],
  ])('%s', (_name, location, canonical, expected) => {
    expect(pageKeyFor(location, canonical)).toBe(expected);
  });

  it.each(['chrome://extensions/', 'about:blank', 'data:text/html,hi', 'not a url'])('gives no key for %s', (location) => {
    expect(pageKeyFor(location)).toBeUndefined();
  });
});

describe('isSameSite', () => {
  it('treats subdomains as the same site and others as foreign', () => {
    expect(isSameSite('www.bbc.co.uk', 'bbc.co.uk')).toBe(true);
    expect(isSameSite('news.bbc.co.uk', 'www.bbc.co.uk')).toBe(true);
    expect(isSameSite('notbbc.co.uk', 'bbc.co.uk')).toBe(false);
  });
});

describe('safeLinkHref', () => {
  it('links only http and https URLs', () => {
    expect(safeLinkHref('https://a.example/x')).toBe('https://a.example/x');
    expect(safeLinkHref('javascript:alert(1)')).toBeUndefined();
    expect(safeLinkHref('data:text/html,x')).toBeUndefined();
  });
});

describe('areOnSameSite', () => {
  it('needs the same scheme and site; file pages are one site', () => {
    expect(areOnSameSite('https://www.news.example/a', 'https://news.example/b')).toBe(true);
    expect(areOnSameSite('http://news.example/a', 'https://news.example/a')).toBe(false);
    expect(areOnSameSite('https://evil.example/', 'https://news.example/a')).toBe(false);
    expect(areOnSameSite('file:///a.html', 'file:///b/c.html')).toBe(true);
    expect(areOnSameSite('not a url', 'https://news.example/')).toBe(false);
  });
});

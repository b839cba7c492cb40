import { describe, expect, it } from 'vitest';
import { mergePageRecords, pageMetaFromAnnotation, pageMetaOf } from '../../../../src/core/model/page';
import { pageMeta } from '../../../helpers/builders';

describe('page records', () => {
  it('merges a record met again: the metadata given, from the earlier first sighting to the later last one', () => {
    const stored = { ...pageMeta(), title: 'Old title', firstSeen: 10, lastSeen: 50 };
    const incoming = { ...pageMeta(), title: 'New title', firstSeen: 20, lastSeen: 40 };
    expect(mergePageRecords(stored, incoming)).toEqual({ ...incoming, firstSeen: 10, lastSeen: 50 });
    expect(mergePageRecords(undefined, incoming)).toBe(incoming);
  });

  it("reads a record's metadata without its dates, and a note's page from the note itself", () => {
    expect(pageMetaOf({ ...pageMeta(), firstSeen: 1, lastSeen: 2 })).toEqual(pageMeta());
    expect(pageMetaFromAnnotation({ pageKey: 'https://news.example/a', url: 'https://www.news.example/a?x=1', title: 'A' })).toEqual({
      key: 'https://news.example/a', url: 'https://www.news.example/a?x=1', title: 'A', site: 'news.example', siteName: '', byline: '', published: '', lang: '',
    });
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error build.mjs is plain JavaScript
import { manifestFor, MODELS, modelFiles, STATIC_FILES } from '../../build.mjs';
import { HIGHLIGHT_COMMAND } from '../../src/background/command-names';
import { MODEL_FILE_PATHS } from '../../src/core/nlp/language-engine';

const source = JSON.parse(readFileSync('manifest.json', 'utf8'));

describe('derived manifests', () => {
  it('gives Chrome a service worker and no gecko settings', () => {
    const chrome = manifestFor('chrome', source);
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(chrome.manifest_version).toBe(3);
  });

  it('gives Firefox an event page, a gecko id and no data collection', () => {
    const firefox = manifestFor('firefox', source);
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings.gecko).toMatchObject({ id: 'gloss@example.org', data_collection_permissions: { required: ['none'] } });
    expect(firefox.minimum_chrome_version).toBeUndefined();
  });

  it('asks only for permissions the code uses', () => {
    expect(source.permissions.sort()).toEqual(['contextMenus', 'scripting', 'unlimitedStorage']);
    expect(source.host_permissions).toEqual(['<all_urls>']);
    expect(Object.keys(source.commands)).toEqual([HIGHLIGHT_COMMAND]);
  });

  it('lets web pages load only the note editor\'s frame, nothing else of the extension', () => {
    expect(source.web_accessible_resources).toEqual([{ resources: ['note-frame.html', 'note-frame.js', 'surfaces.css', 'note-frame.css'], matches: ['<all_urls>'] }]);
    for (const file of source.web_accessible_resources[0].resources) expect(STATIC_FILES.map(([, to]: string[]) => to).concat(['note-frame.js'])).toContain(file);
  });

  it('names icons that exist', () => {
    for (const path of Object.values<string>(source.icons)) expect(() => readFileSync(path)).not.toThrow();
  });
});

describe('the packaged models', () => {
  it('are every file the background fetches, where it fetches them', () => {
    const shipped = modelFiles().map((file: string) => `${MODELS.to}/${file}`);
    expect(Object.values(MODEL_FILE_PATHS).sort()).toEqual(shipped.sort());
  });
});

describe('the packaged credits', () => {
  it('ship with the extension and name the source of every shipped model file', () => {
    expect(STATIC_FILES).toContainEqual(['src/core/nlp/models/CREDITS.txt', 'CREDITS.txt']);
    const credits = readFileSync('src/core/nlp/models/CREDITS.txt', 'utf8');
    for (const file of readdirSync('src/core/nlp/models').filter((name) => name !== 'CREDITS.txt')) expect(credits).toContain(file);
    for (const source of ['Groningen Meaning Bank', 'GeoNames', 'CC BY 4.0', 'GloVe', 'ClaimBuster']) expect(credits).toContain(source);
  });
});

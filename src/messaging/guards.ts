/** Input guards for every method of the protocol: the router runs them before any handler. */
import { isMetadataSource } from '../core/article/metadata';
import { type Annotation, type AnnotationPatch, type NewAnnotation, isAnnotation, isAnnotationId, isAnnotationPatch, isNewAnnotation } from '../core/model/annotation';
import { hasOnlyKeys, isBoundedString, isIntegerIn, isRecord } from '../core/model/guards';
import { LIMITS } from '../core/model/limits';
import { type PageMeta, isPageMeta } from '../core/model/page';
import { type Settings, isSettingsPatch } from '../core/model/settings';
import type { PageOpenedInput } from './protocol';

/** An empty input object. */
export function isEmptyInput(input: unknown): input is Record<string, never> {
  return isRecord(input) && Object.keys(input).length === 0;
}

function isPageKey(value: unknown): value is string {
  return isBoundedString(value, LIMITS.URL) && value.length > 0;
}

export const isAnalyzeTextInput = (input: unknown): input is { text: string } =>
  isRecord(input) && hasOnlyKeys(input, ['text']) && isBoundedString(input.text, LIMITS.ARTICLE_TEXT);

export const isPageKeyInput = (input: unknown): input is { pageKey: string } =>
  isRecord(input) && hasOnlyKeys(input, ['pageKey']) && isPageKey(input.pageKey);

/** A note, checked by `isNote`, sent with the page it belongs to. */
function isNoteWithItsPage<T extends { pageKey: string }>(input: unknown, isNote: (value: unknown) => value is T): input is { annotation: T; page: PageMeta } {
  return isRecord(input) && hasOnlyKeys(input, ['annotation', 'page']) && isNote(input.annotation) && isPageMeta(input.page) && input.page.key === input.annotation.pageKey;
}

// Plain functions, not a factory called at load: bundles that use neither (the content script) leave both out.
export const isCreateAnnotationInput = (input: unknown): input is { annotation: NewAnnotation; page: PageMeta } => isNoteWithItsPage(input, isNewAnnotation);

/** A deleted note sent back whole (Undo). */
export const isRestoreAnnotationInput = (input: unknown): input is { annotation: Annotation; page: PageMeta } => isNoteWithItsPage(input, isAnnotation);

export const isUpdateAnnotationInput = (input: unknown): input is { id: string; patch: AnnotationPatch } =>
  isRecord(input) && hasOnlyKeys(input, ['id', 'patch']) && isAnnotationId(input.id) && isAnnotationPatch(input.patch);

export const isIdInput = (input: unknown): input is { id: string } =>
  isRecord(input) && hasOnlyKeys(input, ['id']) && isAnnotationId(input.id);

export const isQueryInput = (input: unknown): input is { query: string } =>
  isRecord(input) && hasOnlyKeys(input, ['query']) && isBoundedString(input.query, LIMITS.SEARCH_QUERY);

export const isSettingsInput = (input: unknown): input is { patch: Partial<Settings> } =>
  isRecord(input) && hasOnlyKeys(input, ['patch']) && isSettingsPatch(input.patch);

export const isImportInput = (input: unknown): input is { data: unknown } =>
  isRecord(input) && hasOnlyKeys(input, ['data']) && 'data' in input;

export const isGroupInput = (input: unknown): input is { group: number } =>
  isRecord(input) && hasOnlyKeys(input, ['group']) && isIntegerIn(input.group, 0, 1_000_000);

export const isPageOpenedInput = (input: unknown): input is PageOpenedInput =>
  isRecord(input) &&
  hasOnlyKeys(input, ['url', 'canonical', 'source']) &&
  isPageKey(input.url) &&
  (input.canonical === undefined || isBoundedString(input.canonical, LIMITS.URL)) &&
  isMetadataSource(input.source);

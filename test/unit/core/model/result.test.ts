import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../../../src/core/model/result';

describe('errorMessage', () => {
  it("says what was thrown: an Error's message, or anything else as text", () => {
    expect(errorMessage(new TypeError('Failed to fetch'))).toBe('Failed to fetch');
    expect(errorMessage('404')).toBe('404');
    expect(errorMessage(undefined)).toBe('undefined');
  });
});

import { ApiError, describeError } from '@/lib/api-client';

describe('describeError', () => {
  it("gives an ApiError's own reason, with its field details", () => {
    expect(describeError(new ApiError(409, 'STALE', 'The claim changed meanwhile'))).toBe('The claim changed meanwhile');
    expect(describeError(new ApiError(400, 'VALIDATION', 'Invalid body', { quote: 'too long', other: 3 }))).toBe('Invalid body (quote: too long)');
    expect(describeError(new ApiError(0, 'NETWORK', 'The server could not be reached'), 'Could not load the articles')).toBe('The server could not be reached');
  });

  it('gives the fallback for anything else', () => {
    expect(describeError(new Error('boom'))).toBe('unexpected error');
    expect(describeError(undefined)).toBe('unexpected error');
    expect(describeError(new TypeError('x'), 'The import failed.')).toBe('The import failed.');
  });
});

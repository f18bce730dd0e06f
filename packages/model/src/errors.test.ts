import { describe, expect, it } from 'vitest';
import { GmekitError, gmekitErrorFinding, markGmekitError } from './errors';

class WindowError extends GmekitError {}
class OptionError extends RangeError {
  readonly code = 'test/option';
  readonly path = ['options', 'mode'] as const;
}

describe('GmekitError', () => {
  it('carries code and path and becomes a finding whose message names the path', () => {
    const error = new GmekitError('calendar/invalid-window', ['window', 'end'], 'ends before it starts');
    expect(error).toBeInstanceOf(Error);
    expect(error.toFinding()).toEqual({ code: 'calendar/invalid-window', severity: 'error', path: ['window', 'end'], message: 'window.end: ends before it starts' });
    // A message that already starts with the path is not prefixed twice.
    expect(new GmekitError('x', ['rows', 3], 'rows[3] is empty').toFinding('warning').message).toBe('rows[3] is empty');
  });

  it('is recognised through subclasses and through the brand, but subclasses stay distinct', () => {
    const sub = new WindowError('w', [], 'bad');
    expect(sub instanceof GmekitError).toBe(true);
    expect(new GmekitError('g', [], 'bad') instanceof WindowError).toBe(false);
    const ranged = markGmekitError(new OptionError('mode must be a or b'));
    expect(ranged instanceof RangeError).toBe(true);
    expect(ranged instanceof GmekitError).toBe(true);
    expect(new RangeError('plain') instanceof GmekitError).toBe(false);
    expect(gmekitErrorFinding(ranged).message).toBe('options.mode: mode must be a or b');
  });
});

import { describe, expect, it } from 'vitest';
import { applicationTargetOf, applyPathOf } from './application-target';

describe('the apply page’s target', () => {
  it('reads a bundle and its region', () => {
    expect(applicationTargetOf(new URLSearchParams('bundle=enterprise-opening&region=370102'))).toEqual({
      kind: 'bundle',
      bundleId: 'enterprise-opening',
      regionCode: '370102',
    });
  });

  it('asks for the region when a bundle comes without one', () => {
    expect(applicationTargetOf(new URLSearchParams('bundle=enterprise-opening'))).toBe('needs_region');
  });

  it('refuses an implementation code of the wrong length instead of asking the server', () => {
    expect(applicationTargetOf(new URLSearchParams('item=3701'))).toBeNull();
  });

  it('builds the address the guides link to', () => {
    expect(applyPathOf({ bundle: 'enterprise-opening', region: '370102' })).toBe(
      '/portal/apply?bundle=enterprise-opening&region=370102',
    );
  });
});

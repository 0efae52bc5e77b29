import { describe, expect, it } from 'vitest';
import { identifierFromInput } from './certificate-lookup';

const IDENTIFIER = '1.2.156.3005.2.11370000MB1234567X.0001.370102.20240501.000001.7';

describe('the certificate lookup', () => {
  it('takes a typed identifier as it is, without surrounding spaces', () => {
    expect(identifierFromInput(`  ${IDENTIFIER} `)).toBe(IDENTIFIER);
  });

  it('takes the identifier out of a pasted verification link', () => {
    expect(identifierFromInput(`https://yici.example/verify/${IDENTIFIER}?h=0123456789abcdef`)).toBe(IDENTIFIER);
    expect(identifierFromInput(`http://localhost:3000/verify/${encodeURIComponent(IDENTIFIER)}/`)).toBe(IDENTIFIER);
  });

  it('leaves a malformed escape in a link as it was pasted', () => {
    expect(identifierFromInput('/verify/abc%E0?h=1')).toBe('abc%E0');
  });
});

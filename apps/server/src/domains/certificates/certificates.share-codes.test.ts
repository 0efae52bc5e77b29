import { describe, expect, it } from 'vitest';
import { hashShareCode, newShareCode, normaliseShareCode, shareLink } from './certificates.share-codes';

describe('share codes (亮证码)', () => {
  it('are twelve characters of Crockford base 32, grouped in fours for reading aloud', () => {
    const code = newShareCode();
    expect(code).toMatch(
      /^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{4}-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{4}-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{4}$/,
    );
    expect(newShareCode(() => 31)).toBe('ZZZZ-ZZZZ-ZZZZ');
  });

  it('read the same typed in lower case, with spaces, or with O, I and L for 0 and 1', () => {
    expect(normaliseShareCode('7k3m q9xa-2bwd')).toBe('7K3MQ9XA2BWD');
    expect(normaliseShareCode('OIL0-0000-0000')).toBe('011000000000');
  });

  it('refuse what cannot be a code, rather than look it up', () => {
    expect(normaliseShareCode('7K3M-Q9XA')).toBeNull();
    expect(normaliseShareCode('UUUU-UUUU-UUUU')).toBeNull();
    expect(normaliseShareCode('7K3M-Q9XA-2BW!')).toBeNull();
  });

  it('are stored as a digest that does not contain the code', () => {
    const digest = hashShareCode('7K3MQ9XA2BWD');
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(digest).not.toContain('7K3MQ9XA2BWD'.toLowerCase());
    expect(hashShareCode('7K3MQ9XA2BWE')).not.toBe(digest);
  });

  it('travel in the QR code as a link to the public verify page', () => {
    expect(shareLink('https://yici.example', '7K3M-Q9XA-2BWD')).toBe(
      'https://yici.example/verify/share/7K3M-Q9XA-2BWD',
    );
  });
});

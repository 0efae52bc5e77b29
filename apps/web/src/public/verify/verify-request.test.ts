import { describe, expect, it } from 'vitest';
import { documentBodyOf, documentContentType, verifyRequestForLink } from './verify-request';

const IDENTIFIER = '1.2.156.3005.2.11100000YC0000053E001.11370102003370102B.000000000001.001.V';

describe('a verification link opened from a QR code', () => {
  it('is sent whole when it carries the content hash', () => {
    const href = `https://zwfw.example/verify/${IDENTIFIER}?h=c6dc9ab1ffbad2a7`;
    expect(verifyRequestForLink({ href, identifier: IDENTIFIER, hash: 'c6dc9ab1ffbad2a7' })).toEqual({ qr: href });
  });

  it('loses a trailing slash, a fragment and other parameters, which the server would not read', () => {
    const href = `https://zwfw.example/verify/${IDENTIFIER}/?utm=x&h=c6dc9ab1ffbad2a7#top`;
    expect(verifyRequestForLink({ href, identifier: IDENTIFIER, hash: 'c6dc9ab1ffbad2a7' })).toEqual({
      qr: `https://zwfw.example/verify/${IDENTIFIER}?h=c6dc9ab1ffbad2a7`,
    });
  });

  it('verifies by identifier when the link has no hash', () => {
    const href = `https://zwfw.example/verify/${IDENTIFIER}`;
    expect(verifyRequestForLink({ href, identifier: IDENTIFIER, hash: null })).toEqual({ identifier: IDENTIFIER });
  });
});

describe('an uploaded certificate', () => {
  it('goes as a PDF when its bytes say so, whatever its name', () => {
    expect(documentContentType({ name: 'scan.bin', type: '' }, '%PDF-')).toBe('application/pdf');
  });

  it('goes as JSON when it is named or typed so', () => {
    expect(documentContentType({ name: '身份证.JSON', type: '' }, '{"for')).toBe('application/json');
    expect(documentContentType({ name: 'download', type: 'application/json' }, '{"for')).toBe('application/json');
  });

  it('goes as plain bytes otherwise, for the server to refuse as unrecognised', () => {
    expect(documentContentType({ name: 'photo.png', type: 'image/png' }, '\u0089PNG\r')).toBe(
      'application/octet-stream',
    );
  });

  it('goes as plain bytes when it is named JSON but does not parse', async () => {
    const broken = new File(['{"format":'], 'identity-card.json', { type: 'application/json' });
    const valid = new File(['{"format":"yici-certificate/1"}'], 'identity-card.json', { type: 'application/json' });
    expect((await documentBodyOf(broken)).contentType).toBe('application/octet-stream');
    expect((await documentBodyOf(valid)).contentType).toBe('application/json');
  });
});

import type { Seal } from '@yici/contracts';
import { describe, expect, it } from 'vitest';
import { filterSeals, shortenPublicKey } from './seal-display';

const seal = (overrides: Partial<Seal>): Seal => ({
  id: 's-1',
  ownerUscc: '11370102003370102B',
  ownerName: '历下区公安局',
  algorithm: 'SM2',
  publicKey: '04011edc7c684a43a338511fcd24c1e0dea1e813c4601f27d40454afa0a7716ea3',
  publicKeyPem: '-----BEGIN PUBLIC KEY-----\n…\n-----END PUBLIC KEY-----\n',
  validFrom: '2026-01-01',
  validTo: null,
  status: 'active',
  retiredAt: null,
  revokedAt: null,
  pictureUrl: '/api/seals/s-1/picture.svg',
  ...overrides,
});

describe('seals in the workbench', () => {
  it('shows a public key by its head and tail', () => {
    expect(shortenPublicKey('04011edc7c684a43a338511fcd24c1e0dea1e813c4601f27d40454afa0a7716ea3')).toBe(
      '04011edc7c…a7716ea3',
    );
    expect(shortenPublicKey('04abcd')).toBe('04abcd');
  });

  it('are found by part of the owner name or USCC, and by status', () => {
    const seals = [
      seal({ id: 'a' }),
      seal({ id: 'b', ownerName: '济南市行政审批服务局', ownerUscc: '11370100020370100R', status: 'rotated' }),
    ];
    expect(filterSeals(seals, { search: '审批', status: null }).map((s) => s.id)).toEqual(['b']);
    expect(filterSeals(seals, { search: '11370100020370100r', status: null }).map((s) => s.id)).toEqual(['b']);
    expect(filterSeals(seals, { search: '', status: 'active' }).map((s) => s.id)).toEqual(['a']);
    expect(filterSeals(seals, { search: ' ', status: null })).toHaveLength(2);
  });
});

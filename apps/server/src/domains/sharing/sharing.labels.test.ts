import { LABELS, ServiceAccountKindSchema } from '@yici/contracts';
import { describe, expect, it } from 'vitest';
import { machinePermissions } from '../../platform/access/permissions';

/** The administrator's page offers the scopes from the label table: it must be the permission list's machine part. */
describe('service-account labels', () => {
  it('name every machine permission as a scope, and nothing else', () => {
    expect(Object.keys(LABELS.serviceAccountScope).sort()).toEqual([...machinePermissions()].sort());
  });

  it('name every kind of service account', () => {
    expect(Object.keys(LABELS.serviceAccountKind).sort()).toEqual([...ServiceAccountKindSchema.options].sort());
  });
});

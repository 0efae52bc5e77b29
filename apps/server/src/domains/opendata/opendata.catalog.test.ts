import { describe, expect, it } from 'vitest';
import type { CasesService } from '../cases/cases.service';
import type { NetworkService } from '../network/network.service';
import { openDatasets, SMALL_COUNT_THRESHOLD } from './opendata.catalog';

describe('case figures', () => {
  it(`publishes counts of ${SMALL_COUNT_THRESHOLD} and more, and leaves smaller ones empty`, async () => {
    const cases = {
      monthlyFigures: async () => [
        { regionCode: '370102', month: '2026-10', received: 120, completed: 4 },
        { regionCode: '370103', month: '2026-10', received: 3, completed: 0 },
      ],
    } as unknown as CasesService;
    const dataset = openDatasets({ network: {} as NetworkService, cases }).find((d) => d.id === 'case-figures')!;
    expect(await dataset.rows()).toEqual([
      { regionCode: '370102', month: '2026-10', received: 120, completed: null },
      { regionCode: '370103', month: '2026-10', received: null, completed: null },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { CalendarService } from '../../platform/calendar/calendar.service';
import { fixedClock } from '../../platform/clock';
import type { DbOrTx } from '../../platform/db/database';
import { memorySource, openDatasets, readDatasetCatalog } from './opendata.catalog';

describe('the open-data catalog file', () => {
  it('lists each dataset once, with labelled fields of known types', () => {
    const entries = readDatasetCatalog();
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(entries.map((e) => e.id)).toEqual(
      expect.arrayContaining([
        'service-items',
        'service-implementations',
        'working-calendar',
        'rating-figures',
        'bulletins',
      ]),
    );
    for (const entry of entries) expect(new Set(entry.fields.map((f) => f.key)).size).toBe(entry.fields.length);
  });

  it('refuses to start with an entry that has no source, or a source without an entry', () => {
    const deps = {
      db: {} as DbOrTx,
      calendar: {} as CalendarService,
      clock: fixedClock(new Date()),
      publicUrl: 'http://yici.test',
    };
    const entries = readDatasetCatalog();
    expect(() => openDatasets({ ...deps, entries })).not.toThrow();
    expect(() => openDatasets({ ...deps, entries: [...entries, { ...entries[0]!, id: 'population' }] })).toThrow(
      'population',
    );
    expect(() => openDatasets({ ...deps, entries: entries.slice(1) })).toThrow(entries[0]!.id);
  });
});

describe('a source computed in memory', () => {
  it('filters on the text of a value, pages and selects', async () => {
    const source = memorySource(['date'], async () => [
      { date: '2026-10-01', workingDay: false, holiday: '国庆节' },
      { date: '2026-10-09', workingDay: true, holiday: null },
      { date: '2026-10-10', workingDay: true, holiday: '国庆节' },
    ]);
    const page = await source.page({
      offset: 0,
      limit: 1,
      filter: { field: 'workingDay', value: 'true' },
      fields: ['date'],
    });
    expect(page).toEqual({ items: [{ date: '2026-10-09' }], total: 2, lastKey: ['2026-10-09'] });
    const empty = await source.page({ offset: 0, limit: 5, filter: { field: 'holiday', value: '' }, fields: ['date'] });
    expect(empty.items).toEqual([{ date: '2026-10-09' }]);
  });

  it('reads the rows after a key, uncounted, and tells the last key only when more follow', async () => {
    const source = memorySource(['date'], async () =>
      ['2026-10-01', '2026-10-02', '2026-10-03'].map((date) => ({ date })),
    );
    const page = await source.page({ offset: 0, limit: 1, after: ['2026-10-01'], fields: ['date'] });
    expect(page).toEqual({ items: [{ date: '2026-10-02' }], total: null, lastKey: ['2026-10-02'] });
    // A key between rows starts at the next row; the last page has no next key.
    const last = await source.page({ offset: 0, limit: 5, after: ['2026-10-02x'], fields: ['date'] });
    expect(last).toEqual({ items: [{ date: '2026-10-03' }], total: null, lastKey: null });
    expect((await source.page({ offset: 0, limit: 5, after: ['2027'], fields: ['date'] })).items).toEqual([]);
  });
});

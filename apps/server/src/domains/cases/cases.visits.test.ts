import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bundle, ItemElements } from '@yici/contracts';
import { PERMISSIONS } from '../../platform/access/permissions';
import { needsInPersonCheck, onlineRealNameLevel } from './cases.visits';

/**
 * The guide, the visit count and the real-name level the platform asks for agree, for every
 * standard item and every local deviation of the shipped catalog (data/catalog).
 */

const DATA_DIR = new URL('../../../../../data/catalog/', import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(new URL(file, DATA_DIR), 'utf8')) as unknown;
type SeedItem = ItemElements & { basicCode: string };
type SeedDeviation = { regionCode: string; basicCode: string; overrides: Partial<ItemElements> };

const items = read('items.json') as SeedItem[];
const deviations = read('deviations.json') as SeedDeviation[];
const bundles = read('bundles.json') as Bundle[];
const byCode = new Map(items.map((i) => [i.basicCode, i]));

/** The deliberate QA defect of the catalog (visits 1 without a reason), reported by the consistency report. */
const KNOWN_DEFECT = '370110003000';

const every: { label: string; item: SeedItem }[] = [
  ...items.map((item) => ({ label: `${item.basicCode} ${item.name}`, item })),
  ...deviations.map((d) => ({
    label: `${d.basicCode} ${byCode.get(d.basicCode)!.name} @${d.regionCode}`,
    item: { ...byCode.get(d.basicCode)!, ...d.overrides },
  })),
];

/** Words of a guide that have the applicant come in person. */
const COMES = /本人到场|到窗口|到场|面签|当面核验|核验身份|签字确认/;

describe('visits, guide and real-name level (catalog data)', () => {
  it('an item says why the applicant comes exactly when it counts a visit', () => {
    const wrong = every
      .filter(({ item }) => item.basicCode !== KNOWN_DEFECT)
      .filter(({ item }) => item.visits > 0 !== (item.visitReason !== null))
      .map(({ label, item }) => `${label}: visits ${item.visits}, reason ${item.visitReason}`);
    expect(wrong).toEqual([]);
  });

  it('a guide with no visit never has the applicant come in its steps', () => {
    const wrong = every
      .filter(({ item }) => item.visits === 0 && item.flow.some((step) => COMES.test(step)))
      .map(({ label, item }) => `${label}: ${item.flow.join(' → ')}`);
    expect(wrong).toEqual([]);
  });

  it('an item that sees the applicant in person asks online for an account a clerk has seen; any other, the level applying needs', () => {
    const applyLevel = PERMISSIONS['case:apply'].person;
    for (const { label, item } of every) {
      const level = onlineRealNameLevel(item);
      if (needsInPersonCheck(item)) {
        expect(level, label).toBe('in_person');
        expect(item.visits, label).toBeGreaterThan(0);
      } else expect(level, label).toBe(applyLevel);
    }
  });

  it('the seed journeys (企业开办, 不动产转移登记, 工程建设) are done with zero visits by a registry-level account, as their guides say', () => {
    for (const id of ['enterprise-opening', 'real-estate-transfer', 'construction-project-approval']) {
      const bundle = bundles.find((b) => b.id === id)!;
      for (const step of bundle.steps) {
        const item = byCode.get(step.basicCode)!;
        expect(item.visits, `${id}.${step.key}`).toBe(0);
        expect(onlineRealNameLevel(item), `${id}.${step.key}`).toBe('registry');
      }
    }
  });

  it('the transfer registration, applied for by both parties online, no longer says the parties come to the window', () => {
    const transfer = byCode.get('370706001000')!;
    expect(transfer).toMatchObject({ visits: 0, visitReason: null, oneVisit: true });
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, profileVocabulary } from './simulation.cli';
import { loadProfile, profileProblems } from './simulation.profile';

const vocabulary = profileVocabulary();
const profile = () => JSON.parse(readFileSync(DEFAULT_PROFILE, 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('the Shandong 2018 profile', () => {
  it('is sound: 17 cities of 2018 (莱芜 included), every figure with a documented source', () => {
    const p = loadProfile(DEFAULT_PROFILE, vocabulary);
    expect(p.cities).toHaveLength(17);
    expect(p.cities.map((c) => c.code)).toContain('3712');
    expect(profileProblems(profile(), vocabulary)).toEqual([]);
  });

  it('a profile with several faults is refused whole, schema and consistency problems named in one pass', () => {
    const bad = profile();
    bad.cities[0].population = 500; // fine on its own
    bad.demand.targets[0].share = 0.9; // shares no longer sum to 1
    const item = (bad.demand.targets as { kind: string }[]).findIndex((t) => t.kind === 'item');
    bad.demand.targets[item].basicCode = '379999999000'; // not in the catalog
    bad.rates.correction = -0.1; // negative: a schema problem
    bad.channels.online[0] = 0.5; // January's channels no longer sum to 1
    const paths = profileProblems(bad, vocabulary).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['rates.correction', 'demand.targets', `demand.targets.${item}.basicCode`, 'channels.0']),
    );
    // A malformed part is not checked further (its consistency is unknown), the others are.
    expect(paths.filter((path) => path.startsWith('rates'))).toEqual(['rates.correction']);
    expect(() => loadProfile('/nonexistent/profile.json', vocabulary)).toThrow(/SIMULATION_PROFILE_INVALID/);
  });

  it('county weights must belong to the city and sum to 1; channel shares to 1 each month', () => {
    const bad = profile();
    bad.countyWeights.byCity['3701']['370202'] = 0.1;
    bad.channels.online[0] = 0.5;
    bad.cities[1].source = 'rumour';
    const paths = profileProblems(bad, vocabulary).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'countyWeights.byCity.3701.370202',
        'countyWeights.byCity.3701',
        'channels.0',
        'cities.1.source',
      ]),
    );
  });

  it('12345 and 好差评 rates: kinds, categories and levels must be known and sum to 1, and be sourced', () => {
    const bad = profile();
    bad.hotline.categories.weather = 0.1; // not a ticket category: a schema problem
    bad.ratings.levels = [0.5, 0.5, 0.5, 0, 0]; // five levels summing to 1.5
    bad.ratings.source = 'guess';
    const paths = profileProblems(bad, vocabulary).map((p) => p.path);
    expect(paths.some((path) => path.startsWith('hotline.categories'))).toBe(true);
    expect(paths).toEqual(expect.arrayContaining(['ratings.levels', 'ratings.source']));
    const skewed = profile();
    skewed.hotline.kinds.consultation = 0.9; // the six kinds no longer sum to 1
    expect(profileProblems(skewed, vocabulary).map((p) => p.path)).toEqual(['hotline.kinds']);
  });

  it('staffing and delivery: at least one staff member and one task a day, pickup and mail shares within 1', () => {
    const bad = profile();
    bad.departments.tasksPerStaffDay = 0;
    bad.departments.byKind.housing_fund.staffPerDepartment = 0;
    const paths = profileProblems(bad, vocabulary).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['departments.tasksPerStaffDay', 'departments.byKind.housing_fund.staffPerDepartment']),
    );
    const posted = profile();
    posted.rates.pickupDelivery = 0.6;
    posted.rates.mailDelivery = 0.6; // each fine, together more than every applicant
    expect(profileProblems(posted, vocabulary)).toEqual([
      { path: 'rates', message: '窗口领取与邮寄送达的比例合计不能超过 1' },
    ]);
  });

  it('loading a broken file throws one problem listing all of them', () => {
    expect(() => loadProfile('/nonexistent/profile.json', vocabulary)).toThrow(/SIMULATION_PROFILE_INVALID/);
  });
});

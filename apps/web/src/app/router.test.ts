import { describe, expect, it } from 'vitest';
import { PAGES } from '../../../../e2e/routes';
import { routePaths } from './router';

describe('the router', () => {
  it('has every page listed for the browser tests, and nothing listed that is not a page', () => {
    const paths = [...new Set(routePaths())].sort();
    expect(paths).toEqual(Object.keys(PAGES).sort());
  });
});

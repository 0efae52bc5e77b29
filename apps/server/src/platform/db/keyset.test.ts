import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createListCursors, keysetOrder, type PageRequest } from './keyset';

const order = keysetOrder('desc', [
  { column: sql`created_at`, type: 'timestamp' },
  { column: sql`id`, type: 'text' },
]);
const cursors = createListCursors(Buffer.alloc(32, 7));
const rows = [1, 2, 3].map((n) => ({ at: new Date(Date.UTC(2018, 6, n)), id: `c${n}` }));
const keyOf = (r: (typeof rows)[number]) => [r.at, r.id];

function firstPage(filters: Record<string, unknown> = { status: 'submitted' }) {
  const request = cursors.open({ list: 'cases', filters, query: { limit: 2 }, order });
  return cursors.close(request, rows, keyOf);
}

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}

describe('list cursors', () => {
  it('gives a next cursor when more rows follow, and none back from the first page', () => {
    const page = firstPage();
    expect(page.rows.map((r) => r.id)).toEqual(['c1', 'c2']);
    expect(page.prev).toBeNull();
    const request = cursors.open({
      list: 'cases',
      filters: { status: 'submitted' },
      query: { limit: 2, cursor: page.next! },
      order,
    });
    expect(request.position).toEqual({ toward: 'next', key: [rows[1]!.at.toISOString(), 'c2'] });
  });

  it('reads a previous page backwards and returns it in the list order', () => {
    const request: PageRequest = {
      list: 'cases',
      filterHash: 'x',
      limit: 2,
      position: { toward: 'prev', key: ['2018-07-09T00:00:00.000Z', 'z'] },
    };
    const page = cursors.close(request, [rows[2]!, rows[1]!, rows[0]!], keyOf);
    expect(page.rows.map((r) => r.id)).toEqual(['c2', 'c3']);
    expect(page.prev).not.toBeNull();
    expect(page.next).not.toBeNull();
  });

  it('refuses a cursor whose signature does not hold (CURSOR_INVALID)', () => {
    const next = firstPage().next!;
    const [body, mac] = next.split('.');
    const payload = JSON.parse(Buffer.from(body!, 'base64url').toString()) as { k: string[] };
    payload.k[1] = 'c0';
    const forged = `${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${mac}`;
    const open = (cursor: string) => () =>
      cursors.open({ list: 'cases', filters: { status: 'submitted' }, query: { limit: 2, cursor }, order });
    expect(codeOf(open(forged))).toBe('CURSOR_INVALID');
    expect(codeOf(open('garbage'))).toBe('CURSOR_INVALID');
    expect(codeOf(open(`${body}.`))).toBe('CURSOR_INVALID');
  });

  it('refuses a cursor signed with another key', () => {
    const other = createListCursors(Buffer.alloc(32, 8));
    const request = other.open({ list: 'cases', filters: {}, query: { limit: 2 }, order });
    const next = other.close(request, rows, keyOf).next!;
    expect(codeOf(() => cursors.open({ list: 'cases', filters: {}, query: { limit: 2, cursor: next }, order }))).toBe(
      'CURSOR_INVALID',
    );
  });

  it('refuses the cursor of another list or of other filters (CURSOR_OTHER_LIST)', () => {
    const next = firstPage().next!;
    const open = (list: string, filters: Record<string, unknown>) => () =>
      cursors.open({ list, filters, query: { limit: 2, cursor: next }, order });
    expect(codeOf(open('tasks', { status: 'submitted' }))).toBe('CURSOR_OTHER_LIST');
    expect(codeOf(open('cases', { status: 'accepted' }))).toBe('CURSOR_OTHER_LIST');
    expect(codeOf(open('cases', { status: 'submitted', q: undefined }))).toBeUndefined();
  });

  it('refuses a page size over the maximum (PAGE_SIZE_TOO_LARGE)', () => {
    expect(codeOf(() => cursors.open({ list: 'cases', filters: {}, query: { limit: 101 }, order }))).toBe(
      'PAGE_SIZE_TOO_LARGE',
    );
  });
});

import type { ListCount } from '@yici/contracts';
import { Button, Space } from 'antd';
import { messages } from '../messages';

const text = messages.pager;

/** A page of a list that follows cursors, as the server sends it. */
export type CursorPage<T> = { items: T[]; count?: ListCount; prev: string | null; next: string | null };

type CursorPagerProps = {
  /** The page shown (undefined while the first loads): its count and its cursors. */
  page: Pick<CursorPage<unknown>, 'count' | 'prev' | 'next'> | undefined;
  unit: string;
  /** The cursor of the page being shown (undefined: the first page). */
  current: string | undefined;
  onPage: (cursor: string | undefined) => void;
};

/**
 * Next and previous for the staff lists, which follow cursors rather than page numbers (keyset
 * pagination: no page is found by skipping rows). The count is exact up to its bound, then "10,000+" (a search's "1,000+").
 */
export function CursorPager({ page, unit, current, onPage }: CursorPagerProps) {
  const { count, prev, next } = page ?? {};
  return (
    <nav className="cursor-pager" aria-label={text.label} data-testid="cursor-pager">
      <span className="cursor-pager-count" data-testid="cursor-pager-count">
        {count ? text.count(count.value, count.atLeast, unit) : ''}
      </span>
      <Space wrap>
        <Button size="small" disabled={!current} onClick={() => onPage(undefined)} data-testid="pager-first">
          {text.first}
        </Button>
        <Button size="small" disabled={!prev} onClick={() => onPage(prev ?? undefined)} data-testid="pager-prev">
          {text.previous}
        </Button>
        <Button size="small" disabled={!next} onClick={() => onPage(next ?? undefined)} data-testid="pager-next">
          {text.next}
        </Button>
      </Space>
    </nav>
  );
}

import type { ColumnsType } from 'antd/es/table';
import { CursorPager, type CursorPage } from './cursor-pager';
import { ResponsiveTable } from './responsive-table';

export type CursorTableProps<T> = {
  page: CursorPage<T> | undefined;
  /** The cursor of the page shown (undefined: the first). */
  cursor: string | undefined;
  isLoading: boolean;
  onPageChange: (cursor: string | undefined) => void;
};

/**
 * A log read a page at a time, newest first: the table and, under it, next and previous by cursor
 * (no page is found by skipping rows). The data-use log and the audit log are both shown so.
 */
export function CursorTable<T extends { id: string | number }>({
  page,
  cursor,
  isLoading,
  onPageChange,
  columns,
  unit,
  emptyText,
  size,
  width,
  testId,
}: CursorTableProps<T> & {
  columns: ColumnsType<T>;
  /** What the pager counts (条, 件). */
  unit: string;
  emptyText: string;
  size: 'small' | 'middle';
  /** The width the columns need; narrower screens scroll the table, phones stack it. */
  width: number;
  testId: string;
}) {
  return (
    <>
      <ResponsiveTable<T>
        rowKey="id"
        size={size}
        loading={isLoading}
        columns={columns}
        dataSource={page?.items ?? []}
        scroll={{ x: width }}
        locale={{ emptyText }}
        data-testid={testId}
        pagination={false}
      />
      <CursorPager page={page} unit={unit} current={cursor} onPage={onPageChange} />
    </>
  );
}

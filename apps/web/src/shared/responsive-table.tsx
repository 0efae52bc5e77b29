import { Table, type TableProps } from 'antd';

type Column<T> = NonNullable<TableProps<T>['columns']>[number];

function titleText<T>(column: Column<T>): string {
  return typeof column.title === 'string' ? column.title : '';
}

/** Each cell carries its column's title, which a phone shows beside the value (app.css). */
function withCellLabels<T>(columns: TableProps<T>['columns']): TableProps<T>['columns'] {
  return columns?.map((column) => {
    const label = titleText(column);
    const onCell = column.onCell;
    return {
      ...column,
      onCell: (record: T, index?: number) => ({ ...onCell?.(record, index), 'data-label': label }) as never,
    };
  });
}

/**
 * The app's table: a table on a desk, a stack of cards on a phone (≤ 640 px) — one card per row,
 * each value under its column's name — so that no table makes a page scroll sideways.
 */
export function ResponsiveTable<T extends object>({ columns, className, ...rest }: TableProps<T>) {
  return (
    <Table<T>
      {...rest}
      columns={withCellLabels(columns)}
      className={className ? `responsive-table ${className}` : 'responsive-table'}
    />
  );
}

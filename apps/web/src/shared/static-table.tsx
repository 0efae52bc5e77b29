import type { CSSProperties, Key, ReactNode } from 'react';

export type StaticColumn<T> = {
  key: string;
  title: string;
  width?: number;
  align?: 'left' | 'right';
  render: (row: T) => ReactNode;
};

type StaticTableProps<T> = {
  columns: StaticColumn<T>[];
  rows: T[];
  rowKey: (row: T) => Key;
  emptyText?: ReactNode;
  size?: 'small' | 'middle';
  /** The table's accessible name, where the heading above it does not give one. */
  label?: string;
};

/**
 * A read-only table in plain HTML, for the public guides a citizen opens on a phone: no sorting,
 * paging or selection, so none of antd's table code (about 100 KB compressed with what it pulls in)
 * on the first visit. Looks like the app's other tables on a desk and, like ResponsiveTable,
 * becomes one card per row on a phone, each value under its column's name (app.css).
 */
export function StaticTable<T>({ columns, rows, rowKey, emptyText, size = 'middle', label }: StaticTableProps<T>) {
  const width = columns.reduce((sum, column) => sum + (column.width ?? 160), 0);
  const style: CSSProperties = { minWidth: Math.min(width, 800) };
  return (
    <div className={`static-table responsive-table static-table-${size}`}>
      <table style={style} aria-label={label}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" style={{ width: column.width, textAlign: column.align }}>
                {column.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && emptyText !== undefined ? (
            <tr>
              <td colSpan={columns.length} className="static-table-empty">
                {emptyText}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column) => (
                  <td key={column.key} data-label={column.title} style={{ textAlign: column.align }}>
                    {column.render(row)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

import type { CombinedField } from '@yici/contracts';

export type FieldGroup = {
  key: string;
  /** The items (by name) that ask these fields, in the application's order. */
  usedBy: string[];
  /** Whether every item of the application asks them (the shared fields, shown first). */
  shared: boolean;
  fields: CombinedField[];
};

/**
 * The combined form in groups: the fields every item asks first, then the fields of several items,
 * then each item's own, in the order the application lists its items. A field with 预约面签日期 is
 * then read under the item that needs it, not among sixteen others with no context.
 */
export function groupFields(fields: readonly CombinedField[], items: readonly { basicCode: string; name: string }[]) {
  const order = new Map(items.map((item, index) => [item.basicCode, index]));
  const nameOf = new Map(items.map((item) => [item.basicCode, item.name]));
  const groups = new Map<string, FieldGroup>();
  for (const field of fields) {
    const usedBy = [...new Set(field.usedBy)].sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99));
    const key = usedBy.join(',');
    const group = groups.get(key) ?? {
      key,
      usedBy: usedBy.map((code) => nameOf.get(code) ?? code),
      shared: items.length > 1 && usedBy.length >= items.length,
      fields: [],
    };
    group.fields.push(field);
    groups.set(key, group);
  }
  const firstItem = (group: FieldGroup) => Math.min(...group.key.split(',').map((code) => order.get(code) ?? 99));
  return [...groups.values()].sort(
    (a, b) => b.usedBy.length - a.usedBy.length || firstItem(a) - firstItem(b) || a.key.localeCompare(b.key),
  );
}

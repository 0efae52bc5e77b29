import { Tag } from 'antd';
import { messages } from '../../messages';

const COLOURS: Record<string, string> = { red: 'red', yellow: 'gold', green: 'green', stopped: 'default' };

/** A milestone's clock as its card: 红牌 when overdue, 黄牌 the working day before, 已完成 when stopped. */
export function CardTag({ card }: { card: string | undefined }) {
  if (!card) return null;
  return <Tag color={COLOURS[card] ?? 'default'}>{messages.ledger.cards[card] ?? card}</Tag>;
}

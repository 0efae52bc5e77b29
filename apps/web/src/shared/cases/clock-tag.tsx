import type { ClockView } from '@yici/contracts';
import { Tag, Tooltip } from 'antd';
import { messages } from '../../messages';
import { CARD_COLOURS, describeClock } from './clock-display';

const text = messages.cases;

/** A case's or task's clock as a tag in its card's colour, the due date on hover. */
export function ClockTag({ clock }: { clock: ClockView }) {
  const tag = (
    <Tag color={CARD_COLOURS[clock.card]} data-testid="clock-tag" data-card={clock.card}>
      {describeClock(clock)}
    </Tag>
  );
  if (!clock.dueOn) return tag;
  return <Tooltip title={`${text.detail.dueOn} ${clock.dueOn} · ${text.clock.cards[clock.card]}`}>{tag}</Tooltip>;
}

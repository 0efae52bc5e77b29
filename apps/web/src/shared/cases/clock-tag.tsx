import type { ClockView } from '@yici/contracts';
import { Tag, Tooltip } from 'antd';
import { messages } from '../../messages';
import { CARD_COLOURS, describeClock } from './clock-display';

const text = messages.cases;

/**
 * A case's or task's clock as a tag in its card's colour, the due date on hover; a due date that
 * depends on a year whose holiday notice is not entered yet carries a visible 预计 tag.
 */
export function ClockTag({ clock }: { clock: ClockView }) {
  const tag = (
    <Tag color={CARD_COLOURS[clock.card]} data-testid="clock-tag" data-card={clock.card}>
      {describeClock(clock)}
    </Tag>
  );
  const provisional = clock.provisional && clock.dueOn !== null && (
    <Tooltip title={text.clock.provisionalHint}>
      <Tag color="purple" data-testid="clock-provisional">
        {text.clock.provisional}
      </Tag>
    </Tooltip>
  );
  if (!clock.dueOn) return tag;
  const due = `${text.detail.dueOn} ${text.clock.dueOn(clock.dueOn, clock.provisional)} · ${text.clock.cards[clock.card]}`;
  return (
    <span>
      <Tooltip title={due}>{tag}</Tooltip>
      {provisional}
    </span>
  );
}

import { Steps } from 'antd';
import { messages } from '../../../messages';

/** Beyond this many steps the horizontal layout squeezes the titles unreadably. */
const MAX_HORIZONTAL_STEPS = 6;

export function GuideFlow({ flow }: { flow: string[] }) {
  if (flow.length === 0) return <p className="muted">{messages.guide.notProvided}</p>;
  return (
    <div data-testid="guide-flow-steps">
      <Steps
        orientation={flow.length > MAX_HORIZONTAL_STEPS ? 'vertical' : 'horizontal'}
        titlePlacement="vertical"
        responsive
        current={flow.length}
        items={flow.map((step) => ({ title: step, status: 'process' }))}
      />
    </div>
  );
}

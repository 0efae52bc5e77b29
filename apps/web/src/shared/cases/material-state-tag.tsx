import type { MaterialState } from '@yici/contracts';
import { Tag } from 'antd';
import { messages } from '../../messages';

const COLOURS = {
  missing: 'orange',
  uploaded: 'blue',
  certificate: 'cyan',
  registry: 'cyan',
  form: 'geekblue',
  bundle_result: 'purple',
  promised: 'gold',
  deferred: 'gold',
  not_applicable: 'default',
} as const satisfies Record<MaterialState, string>;

export function MaterialStateTag({ state }: { state: MaterialState }) {
  return (
    <Tag color={COLOURS[state]} data-testid="material-state" data-state={state}>
      {messages.cases.materialStates[state]}
    </Tag>
  );
}

import type { PrefilledValue } from '@yici/contracts';
import { Tag } from 'antd';
import { messages } from '../../../messages';

/** Where a prefilled value came from and as of when, so the applicant knows what to check. */
export function PrefillTag({ prefilled }: { prefilled: PrefilledValue }) {
  return (
    <Tag color="cyan" data-testid="prefill-tag">
      {messages.cases.apply.prefilled(prefilled.source, prefilled.asOf)}
    </Tag>
  );
}

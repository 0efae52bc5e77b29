import type { VerificationResult } from '@yici/contracts';
import { Tag } from 'antd';
import { messages } from '../../messages';

const text = messages.certificates.result;

/** Each failed check: its short Chinese name, the server's explanation and its code. */
export function VerificationReasons({ reasons }: { reasons: VerificationResult['reasons'] }) {
  return (
    <section aria-labelledby="verification-reasons-heading">
      <h2 id="verification-reasons-heading" className="verification-section-heading">
        {text.reasonsHeading}
      </h2>
      <ul className="verification-reasons" data-testid="verification-reasons">
        {reasons.map((reason) => (
          <li key={reason.code} data-code={reason.code}>
            <Tag color="red">{text.reasons[reason.code] ?? reason.code}</Tag>
            <span>{reason.message}</span>
            <code className="verification-code">{reason.code}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}

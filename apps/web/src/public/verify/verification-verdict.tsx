import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { messages } from '../../messages';

const text = messages.certificates.result;

/** The answer first, in a word and a colour: 有效 or 无效. */
export function VerificationVerdict({ isValid }: { isValid: boolean }) {
  return (
    <div
      className={`verification-verdict ${isValid ? 'is-valid' : 'is-invalid'}`}
      role="status"
      data-testid="verification-verdict"
      data-valid={String(isValid)}
    >
      <span className="verification-verdict-icon" aria-hidden="true">
        {isValid ? <CheckCircleFilled /> : <CloseCircleFilled />}
      </span>
      <div>
        <strong className="verification-verdict-word">{isValid ? text.valid : text.invalid}</strong>
        <p className="verification-verdict-hint">{isValid ? text.validHint : text.invalidHint}</p>
      </div>
    </div>
  );
}

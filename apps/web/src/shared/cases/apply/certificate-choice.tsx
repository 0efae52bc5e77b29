import type { PreparedApplication } from '@yici/contracts';
import { Radio, Space } from 'antd';
import { messages } from '../../../messages';
import type { MaterialChoice } from './application-request';

const text = messages.cases.apply;

type Candidate = PreparedApplication['certificateCandidates'][number];
type CertificateChoiceProps = {
  candidates: readonly Candidate[];
  choice: MaterialChoice | undefined;
  onChange: (choice: MaterialChoice) => void;
  /** Opens the certificate for a look before agreeing; staff and applicants see it on different pages. */
  previewLink?: (identifier: string) => string;
};

const DECLINED = 'declined';

/** The applicant's own e-certificate may stand in for the material, but only once they agree. */
export function CertificateChoice({ candidates, choice, onChange, previewLink }: CertificateChoiceProps) {
  const value = choice?.kind === 'certificate' ? choice.identifier : choice?.kind === 'declined' ? DECLINED : undefined;
  return (
    <Radio.Group
      value={value}
      data-testid="certificate-choice"
      onChange={(event) => {
        const next = event.target.value as string;
        onChange(next === DECLINED ? { kind: 'declined' } : { kind: 'certificate', identifier: next });
      }}
    >
      <Space orientation="vertical">
        {candidates.map((candidate) => (
          <Radio key={candidate.identifier} value={candidate.identifier}>
            {text.certificateAgree(candidate.typeName)}
            <span className="muted">
              {' · '}
              {text.certificateCandidate(candidate.issuerName, candidate.validTo)}
              {previewLink && (
                <>
                  {' · '}
                  <a href={previewLink(candidate.identifier)} target="_blank" rel="noreferrer">
                    {text.certificatePreview}
                  </a>
                </>
              )}
            </span>
          </Radio>
        ))}
        <Radio value={DECLINED}>{text.certificateDecline}</Radio>
      </Space>
    </Radio.Group>
  );
}

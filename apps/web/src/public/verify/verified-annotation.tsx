import type { VerificationResult } from '@yici/contracts';
import { Alert } from 'antd';
import { messages } from '../../messages';

type Annotation = NonNullable<VerificationResult['annotation']>;

/** 加注件: the one purpose (and case) the holder shared this copy for, and until when. */
export function VerifiedAnnotation({ annotation }: { annotation: Annotation }) {
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="verified-annotation"
      title={messages.certificates.copy.annotation(annotation.purpose, annotation.expiresAt)}
      description={annotation.caseId ? messages.certificates.result.annotationCase(annotation.caseId) : undefined}
    />
  );
}

import type { Case } from '@yici/contracts';
import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { messages } from '../../messages';
import { myCasePath } from './cases.queries';

const text = messages.cases.apply;

/** After filing: the case number to quote, and the way to follow the case. */
export function ApplicationDone({ theCase }: { theCase: Case }) {
  const isDraft = theCase.status === 'draft';
  return (
    <Result
      status="success"
      data-testid="application-done"
      data-case-id={theCase.id}
      title={isDraft ? text.draftTitle : text.submittedTitle}
      subTitle={
        <span data-testid="application-done-number">
          {isDraft ? text.draftHint : text.submittedHint(theCase.caseNumber)}
        </span>
      }
      extra={[
        <Link key="case" to={myCasePath(theCase.id)}>
          <Button type="primary" data-testid="open-case">
            {text.openCase}
          </Button>
        </Link>,
        <Link key="list" to="/portal/cases">
          <Button>{text.myCases}</Button>
        </Link>,
      ]}
    />
  );
}

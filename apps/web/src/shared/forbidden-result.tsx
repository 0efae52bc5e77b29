import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { messages } from '../messages';
import { PageTitle } from './page-title';

type ForbiddenResultProps = { reason: 'forbidden' | 'person_only' | 'level' };

const text = messages.access;

/** A friendly answer to 403: what is missing and where to go next, instead of an error. */
export function ForbiddenResult({ reason }: ForbiddenResultProps) {
  const title = reason === 'level' ? text.levelTitle : text.forbiddenTitle;
  const hint = { forbidden: text.forbiddenHint, person_only: text.personOnlyHint, level: text.levelHint }[reason];
  const action = {
    forbidden: { to: '/', label: text.backHome },
    person_only: { to: '/workbench', label: text.toWorkbench },
    level: { to: '/account/real-name', label: text.toRealName },
  }[reason];
  return (
    <section className="page" data-testid="forbidden" data-reason={reason}>
      <PageTitle>{title}</PageTitle>
      <Result
        status="403"
        title={<h1 className="result-title">{title}</h1>}
        subTitle={hint}
        extra={
          <Link to={action.to}>
            <Button type="primary">{action.label}</Button>
          </Link>
        }
      />
    </section>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Card, Empty } from 'antd';
import { messages } from '../../messages';
import { PageLoading } from '../../shared/page-loading';
import { PageTitle } from '../../shared/page-title';
import { sessionQueries } from '../../shared/session/session.queries';
import { BindEntityForm } from './bind-entity-form';
import { EntityCard } from './entity-card';
import './account.css';

const text = messages.entities;

/** 单位管理: bind an entity as its legal representative, then authorise or revoke its handlers. */
export function EntitiesPage() {
  const me = useQuery(sessionQueries.me());
  if (!me.data) return <PageLoading />;
  return (
    <div className="page" data-testid="entities-page">
      <PageTitle>{text.heading}</PageTitle>
      <h1>{text.heading}</h1>
      <p className="page-intro">{text.intro}</p>
      <Card title={text.bindHeading} className="account-section">
        <BindEntityForm />
      </Card>
      <h2 className="section-heading">{text.listHeading}</h2>
      {me.data.entities.length === 0 ? (
        <Empty description={text.empty} />
      ) : (
        me.data.entities.map((entity) => <EntityCard key={entity.uscc} entity={entity} />)
      )}
    </div>
  );
}

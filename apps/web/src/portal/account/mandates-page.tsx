import { useQuery } from '@tanstack/react-query';
import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { messages } from '../../messages';
import { PageLoading } from '../../shared/page-loading';
import { PageTitle } from '../../shared/page-title';
import { sessionQueries } from '../../shared/session/session.queries';
import { GrantedMandates } from './granted-mandates';
import { ReceivedMandates } from './received-mandates';
import './account.css';

const text = messages.mandates;

/** 我的委托: mandates granted (create, revoke) and received. */
export function MandatesPage() {
  const me = useQuery(sessionQueries.me());
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'received' ? 'received' : 'granted';
  if (!me.data) return <PageLoading />;
  return (
    <div className="page" data-testid="mandates-page">
      <PageTitle>{text.heading}</PageTitle>
      <h1>{text.heading}</h1>
      <p className="page-intro">{text.intro}</p>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'received' ? { tab: key } : {}, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'granted', label: text.tabs.granted, children: <GrantedMandates me={me.data} /> },
          { key: 'received', label: text.tabs.received, children: <ReceivedMandates /> },
        ]}
      />
    </div>
  );
}

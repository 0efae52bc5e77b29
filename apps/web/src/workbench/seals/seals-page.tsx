import { useQuery } from '@tanstack/react-query';
import type { Seal, SealStatus } from '@yici/contracts';
import { Input, Select } from 'antd';
import { useState } from 'react';
import { messages } from '../../messages';
import { PageTitle } from '../../shared/page-title';
import { ProblemView } from '../../shared/problem-view';
import { RetireSealModal } from './retire-seal-modal';
import { filterSeals } from './seal-display';
import { SealsTable, type SealAction } from './seals-table';
import { sealQueries } from './seals.queries';
import '../workbench.css';

const title = messages.workbench.tools.seals.title;
const text = messages.workbench.seals;
const STATUS_OPTIONS = (['active', 'rotated', 'revoked'] as const).map((status) => ({
  value: status,
  label: messages.certificates.sealStatuses[status],
}));

/** 印章管理: every issuing body's seals, with rotation and revocation for the active ones. */
export function SealsPage() {
  const seals = useQuery(sealQueries.all());
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<SealStatus | null>(null);
  const [target, setTarget] = useState<{ seal: Seal; action: SealAction } | null>(null);
  return (
    <div className="page" data-testid="seals-page">
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <p className="page-intro">{text.intro}</p>
      <div className="workbench-toolbar">
        <Input.Search
          className="seal-search"
          placeholder={text.search}
          aria-label={text.search}
          allowClear
          onSearch={setSearch}
          onChange={(event) => setSearch(event.target.value)}
        />
        <Select<SealStatus>
          className="seal-status-filter"
          placeholder={text.statusAll}
          aria-label={text.status}
          allowClear
          options={STATUS_OPTIONS}
          value={status ?? undefined}
          onChange={(next) => setStatus(next ?? null)}
        />
      </div>
      {seals.isError ? (
        <ProblemView error={seals.error} onRetry={() => void seals.refetch()} />
      ) : (
        <SealsTable
          seals={filterSeals(seals.data ?? [], { search, status })}
          isLoading={seals.isFetching}
          onAction={(seal, action) => setTarget({ seal, action })}
        />
      )}
      <RetireSealModal target={target} onClose={() => setTarget(null)} />
    </div>
  );
}

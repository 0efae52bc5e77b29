import { useQuery } from '@tanstack/react-query';
import { ServicePointKindSchema, type ServicePointKind } from '@yici/contracts';
import { Card, Form, Input, Select } from 'antd';
import { useSearchParams } from 'react-router';
import { messages } from '../../messages';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import { networkQueries } from './network.queries';
import { rememberVisitorRegion, visitorRegion } from '../visitor-region';
import { RegionCascader } from './region-cascader';
import { PROVINCE_CODE } from './region-path';
import {
  SERVICE_POINT_PAGE_SIZE,
  readServicePointFilters,
  servicePointQueryOf,
  servicePointSearchParams,
  type ServicePointFilters,
} from './service-point-filters';
import { ServicePointTable } from './service-point-table';
import './network.css';

const KIND_OPTIONS = ServicePointKindSchema.options.map((kind) => ({
  value: kind,
  label: messages.labels.servicePointKindShort[kind],
}));

export function ServicePointsPage() {
  const [params, setParams] = useSearchParams();
  const filters = readServicePointFilters(params, visitorRegion());
  const points = useQuery(networkQueries.servicePoints(servicePointQueryOf(filters)));
  const show = (next: ServicePointFilters) => {
    rememberVisitorRegion(next.region === PROVINCE_CODE ? undefined : next.region);
    setParams(servicePointSearchParams(next));
  };

  return (
    <div className="page" data-testid="service-points-page">
      <PageTitle>{messages.network.heading}</PageTitle>
      <h1>{messages.network.heading}</h1>
      <p className="page-intro">{messages.network.intro}</p>
      <Card size="small" className="service-point-filters">
        <Form layout="inline" component="div">
          <Form.Item label={messages.network.region} htmlFor="service-point-region">
            <div className="service-point-region">
              <RegionCascader
                id="service-point-region"
                testId="service-point-region"
                value={filters.region === PROVINCE_CODE ? undefined : filters.region}
                onChange={(region) => show({ ...filters, region: region ?? PROVINCE_CODE, page: 1 })}
              />
            </div>
          </Form.Item>
          <Form.Item label={messages.network.search} htmlFor="service-point-search">
            <Input.Search
              id="service-point-search"
              data-testid="service-point-search"
              className="service-point-search"
              allowClear
              maxLength={30}
              placeholder={messages.network.searchPlaceholder}
              defaultValue={filters.q}
              key={filters.q ?? ''}
              onSearch={(value) =>
                show({ ...filters, q: value.trim().length >= 2 ? value.trim() : undefined, page: 1 })
              }
            />
          </Form.Item>
          <Form.Item label={messages.network.kind} htmlFor="service-point-kind">
            <Select<ServicePointKind>
              id="service-point-kind"
              data-testid="service-point-kind"
              className="service-point-kind"
              allowClear
              placeholder={messages.network.kindAll}
              options={KIND_OPTIONS}
              value={filters.kind}
              onChange={(kind) => show({ ...filters, kind, page: 1 })}
            />
          </Form.Item>
        </Form>
      </Card>
      {points.isError ? (
        <ProblemAlert error={points.error} onRetry={() => void points.refetch()} />
      ) : (
        <ServicePointTable
          points={points.data?.items ?? []}
          total={points.data?.total ?? 0}
          page={filters.page}
          pageSize={SERVICE_POINT_PAGE_SIZE}
          isLoading={points.isFetching}
          onPageChange={(page) => show({ ...filters, page })}
        />
      )}
    </div>
  );
}

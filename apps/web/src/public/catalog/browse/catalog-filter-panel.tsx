import { DEPARTMENT_NAMES, DepartmentKindSchema, type Audience } from '@yici/contracts';
import { Button, Card, Checkbox, Form, Radio, Select } from 'antd';
import { messages } from '../../../messages';
import { RegionCascader } from '../../network/region-cascader';
import { rememberVisitorRegion } from '../../visitor-region';
import { hasActiveFilters, withFilter, type CatalogFilters } from './catalog-filters';

const DEPARTMENT_OPTIONS = DepartmentKindSchema.options.map((kind) => ({ value: kind, label: DEPARTMENT_NAMES[kind] }));
const THEME_OPTIONS = messages.popularThemes.map((theme) => ({ value: theme, label: theme }));
const AUDIENCE_OPTIONS = [
  { value: '', label: messages.catalog.audienceAll },
  ...(['person', 'legal_person'] as const).map((audience) => ({
    value: audience,
    label: messages.labels.audience[audience],
  })),
];

type CatalogFilterPanelProps = { filters: CatalogFilters; onChange: (filters: CatalogFilters) => void };

export function CatalogFilterPanel({ filters, onChange }: CatalogFilterPanelProps) {
  const change = (part: Partial<Omit<CatalogFilters, 'page'>>) => onChange(withFilter(filters, part));
  return (
    <Card
      size="small"
      title={<h2 className="panel-heading">{messages.catalog.filtersLabel}</h2>}
      className="catalog-filters"
      data-testid="catalog-filters"
    >
      <Form layout="vertical" component="div">
        <Form.Item label={messages.catalog.region} htmlFor="catalog-region">
          <RegionCascader
            id="catalog-region"
            testId="catalog-region"
            value={filters.region}
            onChange={(region) => {
              rememberVisitorRegion(region);
              change({ region });
            }}
          />
        </Form.Item>
        <Form.Item label={messages.catalog.department} htmlFor="catalog-department">
          <Select
            id="catalog-department"
            data-testid="catalog-department"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={messages.catalog.departmentPlaceholder}
            options={DEPARTMENT_OPTIONS}
            value={filters.department}
            onChange={(department) => change({ department })}
          />
        </Form.Item>
        <Form.Item label={messages.catalog.audience}>
          <Radio.Group
            aria-label={messages.catalog.audience}
            optionType="button"
            options={AUDIENCE_OPTIONS}
            value={filters.audience ?? ''}
            onChange={(event) => change({ audience: (event.target.value as Audience | '') || undefined })}
          />
        </Form.Item>
        <Form.Item label={messages.catalog.theme} htmlFor="catalog-theme">
          <Select
            id="catalog-theme"
            data-testid="catalog-theme"
            allowClear
            placeholder={messages.catalog.themePlaceholder}
            options={THEME_OPTIONS}
            value={filters.theme}
            onChange={(theme) => change({ theme })}
          />
        </Form.Item>
        <Form.Item>
          <Checkbox
            data-testid="catalog-one-visit"
            checked={filters.oneVisit}
            onChange={(event) => change({ oneVisit: event.target.checked })}
          >
            {messages.catalog.oneVisitOnly}
          </Checkbox>
          <Checkbox
            data-testid="catalog-online"
            checked={filters.online}
            onChange={(event) => change({ online: event.target.checked })}
          >
            {messages.catalog.onlineOnly}
          </Checkbox>
        </Form.Item>
        <Button
          block
          disabled={!hasActiveFilters(filters)}
          onClick={() => onChange({ oneVisit: false, online: false, page: 1 })}
        >
          {messages.catalog.reset}
        </Button>
      </Form>
    </Card>
  );
}

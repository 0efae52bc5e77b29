import type { ItemElements, Material } from '@yici/contracts';
import { Tag } from 'antd';
import { StaticTable, type StaticColumn } from '../../../shared/static-table';
import { messages } from '../../../messages';
import { materialFormText, materialSourceText, situationText } from './material-labels';

const SOURCE_COLOURS = { upload: 'default', certificate: 'green', registry: 'cyan' } as const satisfies Record<
  Material['source']['kind'],
  string
>;

function columnsFor(situations: ItemElements['situations']): StaticColumn<Material>[] {
  const text = messages.guide.materials;
  return [
    {
      title: text.name,
      key: 'name',
      render: (material) => (
        <div className="material-name">
          <span>{material.name}</span>
          <span className="material-badges">
            {material.deferrable && <Tag color="orange">{text.deferrable}</Tag>}
            {material.promiseAllowed && <Tag color="purple">{text.promise}</Tag>}
          </span>
          {material.appliesWhen && (
            <div className="material-rule">{situationText(material.appliesWhen, situations)}</div>
          )}
          {material.note && <div className="muted">{material.note}</div>}
        </div>
      ),
    },
    {
      title: text.required,
      key: 'required',
      width: 90,
      render: (material) => (material.required ? text.requiredYes : text.requiredNo),
    },
    { title: text.form, key: 'form', width: 140, render: (material) => materialFormText(material) },
    {
      title: text.source,
      key: 'source',
      width: 260,
      render: (material) => (
        <Tag color={SOURCE_COLOURS[material.source.kind]} className="material-source">
          {materialSourceText(material.source)}
        </Tag>
      ),
    },
    {
      title: text.issuingBody,
      key: 'issuingBody',
      width: 160,
      render: (material) => material.issuingBody ?? '—',
    },
  ];
}

type GuideMaterialsTableProps = { materials: Material[]; situations: ItemElements['situations'] };

export function GuideMaterialsTable({ materials, situations }: GuideMaterialsTableProps) {
  return (
    <div data-testid="guide-materials-table">
      <StaticTable<Material>
        rowKey={(material) => material.key}
        columns={columnsFor(situations)}
        rows={materials}
        emptyText={messages.guide.materials.empty}
      />
    </div>
  );
}

import type { ItemElements, Material } from '@yici/contracts';
import { Tag } from 'antd';
import { ResponsiveTable } from '../../../shared/responsive-table';
import type { ColumnsType } from 'antd/es/table';
import { messages } from '../../../messages';
import { materialFormText, materialSourceText, situationText } from './material-labels';

const SOURCE_COLOURS = { upload: 'default', certificate: 'green', registry: 'cyan' } as const satisfies Record<
  Material['source']['kind'],
  string
>;

function columnsFor(situations: ItemElements['situations']): ColumnsType<Material> {
  const text = messages.guide.materials;
  return [
    {
      title: text.name,
      key: 'name',
      render: (_, material) => (
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
      render: (_, material) => (material.required ? text.requiredYes : text.requiredNo),
    },
    { title: text.form, key: 'form', width: 140, render: (_, material) => materialFormText(material) },
    {
      title: text.source,
      key: 'source',
      width: 260,
      render: (_, material) => (
        <Tag color={SOURCE_COLOURS[material.source.kind]} className="material-source">
          {materialSourceText(material.source)}
        </Tag>
      ),
    },
    {
      title: text.issuingBody,
      key: 'issuingBody',
      width: 160,
      render: (_, material) => material.issuingBody ?? '—',
    },
  ];
}

type GuideMaterialsTableProps = { materials: Material[]; situations: ItemElements['situations'] };

export function GuideMaterialsTable({ materials, situations }: GuideMaterialsTableProps) {
  return (
    <div data-testid="guide-materials-table">
      <ResponsiveTable<Material>
        size="middle"
        rowKey="key"
        pagination={false}
        scroll={{ x: 800 }}
        columns={columnsFor(situations)}
        dataSource={materials}
        locale={{ emptyText: messages.guide.materials.empty }}
      />
    </div>
  );
}

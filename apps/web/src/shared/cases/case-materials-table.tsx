import type { CaseMaterial } from '@yici/contracts';
import { Tag, Typography } from 'antd';
import { ResponsiveTable } from '../responsive-table';
import type { ColumnsType } from 'antd/es/table';
import { messages } from '../../messages';
import { describeMaterial } from './material-detail';
import { MaterialFilePreview } from './material-file-preview';
import { MaterialStateTag } from './material-state-tag';

const text = messages.cases.materials;

type CaseMaterialsTableProps = {
  materials: readonly CaseMaterial[];
  /** Where an uploaded material's file is served; without it files are named but not opened. */
  fileUrl?: (material: CaseMaterial) => string;
};

/** The case's materials as they stand, with what the last one-time notice said is wrong. */
export function CaseMaterialsTable({ materials, fileUrl }: CaseMaterialsTableProps) {
  const columns: ColumnsType<CaseMaterial> = [
    {
      title: text.name,
      key: 'name',
      render: (_, material) => (
        <span>
          {material.name} {material.required ? <Tag color="red">{text.required}</Tag> : <Tag>{text.optional}</Tag>}
        </span>
      ),
    },
    {
      title: text.state,
      key: 'state',
      width: 150,
      render: (_, material) => <MaterialStateTag state={material.state} />,
    },
    {
      title: text.detail,
      key: 'detail',
      render: (_, material) => (
        <>
          {describeMaterial(material)}
          {material.certificateIdentifier && (
            <Typography.Text
              className="case-material-identifier"
              type="secondary"
              title={text.certificateIdentifier(material.certificateIdentifier)}
              copyable={{ text: material.certificateIdentifier, tooltips: [text.copyIdentifier, text.copied] }}
            />
          )}
          {material.file && fileUrl && (
            <MaterialFilePreview material={{ ...material, file: material.file }} url={fileUrl(material)} />
          )}
          {material.problem && (
            <Typography.Text type="danger" className="case-material-problem" data-testid="material-problem">
              {`${text.problem}：${material.problem}`}
            </Typography.Text>
          )}
        </>
      ),
    },
  ];
  return (
    <ResponsiveTable<CaseMaterial>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={[...materials]}
      pagination={false}
      onRow={(material) => ({ 'data-material': material.key }) as React.HTMLAttributes<HTMLElement>}
      data-testid="case-materials"
    />
  );
}

import type { CasesService } from '../cases/cases.service';
import type { NetworkService } from '../network/network.service';

/**
 * The open datasets (公共数据开放), kept as data: each with its catalog entry (theme, publisher,
 * update frequency, licence, fields) and where its rows come from. Only non-personal data: the
 * service network and case figures aggregated with small counts suppressed.
 */
export type DatasetField = { key: string; label: string; type: 'string' | 'number' | 'boolean' };
export type DatasetRow = Record<string, string | number | boolean | null>;
export type DatasetDefinition = {
  id: string;
  title: string;
  description: string;
  theme: string;
  publisher: string;
  frequency: string;
  licence: string;
  fields: DatasetField[];
  rows: () => Promise<DatasetRow[]>;
};

/** Fewer cases than this in a cell are not published: a small count can point to a person. */
export const SMALL_COUNT_THRESHOLD = 5;
const LICENCE = '山东公共数据开放许可（署名，可商用）';
const PUBLISHER = '山东省大数据局';

export function openDatasets(deps: { network: NetworkService; cases: CasesService }): DatasetDefinition[] {
  return [
    {
      id: 'service-points',
      title: '政务服务场所',
      description: '全省政务服务大厅、便民服务中心（站）与自助终端的地址、办公时间与电话。',
      theme: '政务服务',
      publisher: PUBLISHER,
      frequency: '每日',
      licence: LICENCE,
      fields: [
        { key: 'id', label: '编号', type: 'string' },
        { key: 'name', label: '名称', type: 'string' },
        { key: 'kind', label: '类型', type: 'string' },
        { key: 'regionCode', label: '区划代码', type: 'string' },
        { key: 'address', label: '地址', type: 'string' },
        { key: 'openingHours', label: '办公时间', type: 'string' },
        { key: 'phone', label: '咨询电话', type: 'string' },
        { key: 'is24Hours', label: '24 小时', type: 'boolean' },
      ],
      rows: async () => {
        const rows: DatasetRow[] = [];
        for (let page = 1; ; page += 1) {
          const { items, total } = await deps.network.listServicePoints({ region: '37', page, pageSize: 1000 });
          for (const p of items) {
            rows.push({
              id: p.id,
              name: p.name,
              kind: p.kind,
              regionCode: p.regionCode,
              address: p.address,
              openingHours: p.openingHours,
              phone: p.phone,
              is24Hours: p.is24Hours,
            });
          }
          if (page * 1000 >= total) return rows;
        }
      },
    },
    {
      id: 'departments',
      title: '政务服务部门',
      description: '省、市、县三级政务服务部门与行政审批服务局的名称、区划与统一社会信用代码。',
      theme: '机构信息',
      publisher: PUBLISHER,
      frequency: '每月',
      licence: LICENCE,
      fields: [
        { key: 'id', label: '编号', type: 'string' },
        { key: 'name', label: '名称', type: 'string' },
        { key: 'kind', label: '类别', type: 'string' },
        { key: 'regionCode', label: '区划代码', type: 'string' },
        { key: 'uscc', label: '统一社会信用代码', type: 'string' },
      ],
      rows: async () =>
        (await deps.network.listDepartments({})).map((d) => ({
          id: d.id,
          name: d.name,
          kind: d.kind,
          regionCode: d.regionCode,
          uscc: d.uscc,
        })),
    },
    {
      id: 'case-figures',
      title: '政务服务办件量（按区划、月份）',
      description: `各区划每月受理的办件数与其中已办结数。少于 ${SMALL_COUNT_THRESHOLD} 件的数不公布（为空），以免识别到个人。`,
      theme: '政务服务',
      publisher: PUBLISHER,
      frequency: '每月',
      licence: LICENCE,
      fields: [
        { key: 'regionCode', label: '区划代码', type: 'string' },
        { key: 'month', label: '月份', type: 'string' },
        { key: 'received', label: '受理件数', type: 'number' },
        { key: 'completed', label: '办结件数', type: 'number' },
      ],
      rows: async () =>
        (await deps.cases.monthlyFigures()).map((f) => ({
          regionCode: f.regionCode,
          month: f.month,
          received: suppressed(f.received),
          completed: suppressed(f.completed),
        })),
    },
  ];
}

function suppressed(count: number): number | null {
  return count < SMALL_COUNT_THRESHOLD ? null : count;
}

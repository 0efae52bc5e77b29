import { DEPARTMENT_NAMES, type ItemDetail } from '@yici/contracts';
import { Descriptions, type DescriptionsProps } from 'antd';
import { formatLimit, messages } from '../../../messages';

type DescriptionItem = NonNullable<DescriptionsProps['items']>[number];

function codeItems(detail: ItemDetail): DescriptionItem[] {
  const fields = messages.guide.fields;
  if (detail.kind === 'standard')
    return [{ key: 'basicCode', label: fields.basicCode, children: detail.item.basicCode }];
  return [
    { key: 'implementationCode', label: fields.implementationCode, children: detail.item.implementationCode, span: 2 },
    { key: 'basicCode', label: fields.basicCode, children: detail.item.basicCode },
  ];
}

function bodyItems(detail: ItemDetail): DescriptionItem[] {
  const fields = messages.guide.fields;
  const item = detail.item;
  const department = DEPARTMENT_NAMES[item.departmentKind];
  if (detail.kind === 'standard') {
    return [
      { key: 'department', label: fields.department, children: department },
      {
        key: 'levels',
        label: fields.levels,
        children: detail.item.exerciseLevels.map((level) => messages.labels.exerciseLevel[level]).join('、'),
      },
    ];
  }
  return [
    { key: 'department', label: fields.department, children: department },
    { key: 'implementingBody', label: fields.implementingBody, children: detail.item.implementingBody.name },
    { key: 'region', label: fields.region, children: detail.item.regionName },
    { key: 'levels', label: fields.levels, children: messages.labels.exerciseLevel[detail.item.exerciseLevel] },
  ];
}

export function GuideBasicInfo({ detail }: { detail: ItemDetail }) {
  const fields = messages.guide.fields;
  const item = detail.item;
  const items: DescriptionItem[] = [
    ...codeItems(detail),
    { key: 'itemType', label: fields.itemType, children: item.itemTypeName },
    ...bodyItems(detail),
    {
      key: 'audiences',
      label: fields.audiences,
      children: item.audiences.map((audience) => messages.labels.audienceLong[audience]).join('、'),
    },
    { key: 'caseType', label: fields.caseType, children: messages.labels.caseType[item.caseType] },
    { key: 'statutoryLimit', label: fields.statutoryLimit, children: formatLimit(item.statutoryLimitDays) },
    {
      key: 'promisedLimit',
      label: fields.promisedLimit,
      children: <strong data-testid="guide-promised-limit">{formatLimit(item.promisedLimitDays)}</strong>,
    },
    {
      key: 'handlingForms',
      label: fields.handlingForms,
      children: item.handlingForms.map((form) => messages.labels.handlingForm[form]).join('、'),
    },
    { key: 'result', label: fields.result, children: item.resultName ?? messages.guide.none },
    { key: 'batch', label: fields.batch, children: `${item.batch.name}（${item.batch.publishedOn}）` },
    { key: 'version', label: fields.version, children: `V${item.version}` },
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }} items={items} />;
}

import type { ItemElements, Material } from '@yici/contracts';
import { messages } from '../../../messages';

type Situation = ItemElements['situations'][number];

/** "仅限：申请人类型为外商投资企业、个体工商户", in the words of the item's own situations. */
export function situationText(rule: NonNullable<Material['appliesWhen']>, situations: Situation[]): string {
  const situation = situations.find((candidate) => candidate.field === rule.field);
  const values = rule.in.map((value) => situation?.options.find((option) => option.value === value)?.label ?? value);
  return messages.guide.materials.onlyWhen(`${situation?.label ?? rule.field}为${values.join('、')}`);
}

export function materialFormText(material: Material): string {
  const form = messages.labels.materialForm[material.form];
  const copies = messages.guide.materials.copies(material.copies);
  return copies ? `${form} ${copies}` : form;
}

export function materialSourceText(source: Material['source']): string {
  switch (source.kind) {
    case 'upload':
      return messages.labels.sourceUpload;
    case 'certificate':
      return messages.labels.sourceCertificate(certificateTypeName(source.certificateType));
    case 'registry': {
      const registry = messages.labels.registry[source.registry];
      const field = messages.labels.registryField[`${source.registry}.${source.field}`];
      return messages.labels.sourceRegistry(field ? `${registry} · ${field}` : registry);
    }
  }
}

export function certificateTypeName(type: string): string {
  return messages.labels.certificateType[type] ?? type;
}

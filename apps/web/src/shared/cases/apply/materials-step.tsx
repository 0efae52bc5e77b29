import type { CaseMaterial, PreparedApplication } from '@yici/contracts';
import { Spin } from 'antd';
import { messages } from '../../../messages';
import type { MaterialChoice, MaterialChoices } from './application-request';
import { MaterialCard } from './material-card';

type MaterialsStepProps = {
  materials: readonly CaseMaterial[];
  candidates: PreparedApplication['certificateCandidates'];
  items: PreparedApplication['items'];
  choices: MaterialChoices;
  onChoose: (materialKey: string, choice: MaterialChoice | undefined) => void;
  canPromise: boolean;
  errors: Record<string, string[]>;
  isUpdating: boolean;
  previewLink?: (identifier: string) => string;
};

/** 材料清单 for the situation given: platform-supplied materials first shown as such, then the rest. */
export function MaterialsStep(props: MaterialsStepProps) {
  const { materials, candidates, items, choices, onChoose, canPromise, errors, isUpdating, previewLink } = props;
  const itemNames = Object.fromEntries(items.map((item) => [item.basicCode, item.name]));
  return (
    <Spin spinning={isUpdating} description={messages.cases.apply.materialsLoading}>
      <p className="muted">{messages.cases.apply.materialsIntro}</p>
      <div data-testid="materials-step">
        {materials.map((material) => (
          <MaterialCard
            key={material.key}
            material={material}
            candidates={candidates.filter((candidate) => candidate.materialKey === material.key)}
            choice={choices[material.key]}
            onChange={(choice) => onChoose(material.key, choice)}
            canPromise={canPromise}
            itemNames={itemNames}
            errors={errors[material.key] ?? []}
            previewLink={previewLink}
          />
        ))}
      </div>
    </Spin>
  );
}

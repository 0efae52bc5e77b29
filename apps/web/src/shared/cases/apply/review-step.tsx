import type { CaseMaterial, CombinedField } from '@yici/contracts';
import { Descriptions } from 'antd';
import { messages } from '../../../messages';
import { CaseFormValues } from '../case-form-values';
import { MaterialStateTag } from '../material-state-tag';
import { isSuppliedByPlatform, type MaterialChoice, type MaterialChoices } from './application-request';

const text = messages.cases.apply;

type ReviewStepProps = {
  fields: readonly CombinedField[];
  form: Record<string, string>;
  materials: readonly CaseMaterial[];
  choices: MaterialChoices;
};

function choiceText(choice: MaterialChoice | undefined): string {
  if (choice?.kind === 'upload') return text.reviewChoice.upload(choice.fileName);
  if (choice?.kind === 'certificate') return text.reviewChoice.certificate;
  if (choice?.kind === 'promise') return text.reviewChoice.promise;
  if (choice?.kind === 'declined') return text.reviewChoice.declined;
  return text.reviewChoice.none;
}

/** The application as it will be filed, to check once before sending. */
export function ReviewStep({ fields, form, materials, choices }: ReviewStepProps) {
  return (
    <div data-testid="review-step">
      <h3 className="card-subheading">{text.reviewForm}</h3>
      <CaseFormValues fields={fields} values={form} />
      <h3 className="card-subheading">{text.reviewMaterials}</h3>
      <Descriptions
        size="small"
        column={1}
        items={materials
          .filter((material) => material.state !== 'not_applicable')
          .map((material) => ({
            key: material.key,
            label: material.name,
            children: isSuppliedByPlatform(material) ? (
              <MaterialStateTag state={material.state} />
            ) : (
              choiceText(choices[material.key])
            ),
          }))}
      />
    </div>
  );
}

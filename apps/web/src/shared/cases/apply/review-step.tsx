import type { CaseMaterial, CombinedField, PreparedApplication } from '@yici/contracts';
import { Descriptions } from 'antd';
import { messages } from '../../../messages';
import { CaseFormValues } from '../case-form-values';
import { MaterialStateTag } from '../material-state-tag';
import { isSuppliedByPlatform, type MaterialChoice, type MaterialChoices } from './application-request';

const text = messages.cases.apply;

type ReviewStepProps = {
  outcome: Pick<PreparedApplication, 'items' | 'promisedLimitDays' | 'expectedBy'>;
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
export function ReviewStep({ outcome, fields, form, materials, choices }: ReviewStepProps) {
  const results = outcome.items.filter((item) => item.resultName);
  return (
    <div data-testid="review-step">
      <section className="apply-outcome" data-testid="apply-outcome" aria-labelledby="apply-outcome-heading">
        <h3 id="apply-outcome-heading" className="card-subheading">
          {text.outcomeHeading}
        </h3>
        <p data-testid="apply-outcome-when">
          {outcome.expectedBy
            ? text.outcomeWhen(outcome.promisedLimitDays, outcome.expectedBy)
            : text.promisedLimit(outcome.promisedLimitDays)}
        </p>
        {results.length > 0 && (
          <ul className="apply-outcome-list">
            {results.map((item) => (
              <li key={item.implementationCode}>
                {text.outcomeItem(item.resultName!, item.name, item.departmentName)}
              </li>
            ))}
          </ul>
        )}
      </section>
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

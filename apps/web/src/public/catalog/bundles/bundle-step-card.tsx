import { DEPARTMENT_NAMES, type BundleStep } from '@yici/contracts';
import { Link } from 'react-router';
import { messages } from '../../../messages';

/** headingLevel: 4 under a stage's heading, 3 when the flow has no stages. */
type BundleStepCardProps = { step: BundleStep; prerequisiteNames: string[]; headingLevel: 3 | 4 };

export function BundleStepCard({ step, prerequisiteNames, headingLevel }: BundleStepCardProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const joint = step.jointDepartments.map((kind) => DEPARTMENT_NAMES[kind]).join('、');
  return (
    <div className="bundle-step" data-step-key={step.key} data-testid={`bundle-step-${step.key}`}>
      <Heading className="bundle-step-name">
        <Link to={`/catalog/items/${encodeURIComponent(step.basicCode)}`} title={messages.bundles.viewGuide}>
          {step.name}
        </Link>
      </Heading>
      {joint && <p className="bundle-step-joint">{messages.bundles.joint(joint)}</p>}
      <p className="bundle-step-deps">
        {prerequisiteNames.length > 0
          ? messages.bundles.dependsOn(prerequisiteNames.join('、'))
          : messages.bundles.noDependency}
      </p>
    </div>
  );
}

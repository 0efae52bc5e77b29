import type { CaseMaterial, PreparedApplication } from '@yici/contracts';
import { Tag, Typography } from 'antd';
import { messages } from '../../../messages';
import { MaterialStateTag } from '../material-state-tag';
import { isSuppliedByPlatform, type MaterialChoice } from './application-request';
import { CertificateChoice } from './certificate-choice';
import { MaterialUpload } from './material-upload';
import { PromiseChoice } from './promise-choice';

const text = messages.cases.apply;

type MaterialCardProps = {
  material: CaseMaterial;
  candidates: PreparedApplication['certificateCandidates'];
  choice: MaterialChoice | undefined;
  onChange: (choice: MaterialChoice | undefined) => void;
  /** 告知承诺 is not offered to applicants on the credit blacklist. */
  canPromise: boolean;
  itemNames: Record<string, string>;
  errors: readonly string[];
  previewLink?: (identifier: string) => string;
};

function platformNote(material: CaseMaterial): string {
  if (material.state === 'registry' && material.registryValue) {
    const { source, asOf, value } = material.registryValue;
    return text.fromRegistry(source, asOf, value);
  }
  if (material.state === 'form') return text.fromForm;
  if (material.state === 'bundle_result') return text.fromBundle;
  return text.notApplicable;
}

/** One material: what the platform already has, or the ways the applicant can supply it. */
export function MaterialCard(props: MaterialCardProps) {
  const { material, candidates, choice, onChange, canPromise, itemNames, errors, previewLink } = props;
  const isPlatform = isSuppliedByPlatform(material);
  const isPromised = choice?.kind === 'promise';
  const needsFile =
    !isPromised && (candidates.length === 0 || choice?.kind === 'declined' || choice?.kind === 'upload');
  const usedBy = material.usedBy.map((code) => itemNames[code] ?? code).join('、');
  return (
    <section
      className={`apply-material${errors.length > 0 ? ' has-error' : ''}`}
      data-testid="apply-material"
      data-material={material.key}
      data-state={material.state}
      data-required={material.required}
      tabIndex={-1}
      aria-label={material.name}
    >
      <div className="apply-material-head">
        <h3>{material.name}</h3>
        {material.required ? (
          <Tag color="red">{messages.cases.materials.required}</Tag>
        ) : (
          <Tag>{messages.cases.materials.optional}</Tag>
        )}
        <MaterialStateTag state={material.state} />
        {usedBy && <span className="muted">{text.usedBy(usedBy)}</span>}
      </div>
      {isPlatform ? (
        <p className="muted">{platformNote(material)}</p>
      ) : (
        <>
          {candidates.length > 0 && !isPromised && (
            <CertificateChoice candidates={candidates} choice={choice} onChange={onChange} previewLink={previewLink} />
          )}
          {needsFile && (
            <MaterialUpload
              materialName={material.name}
              uploaded={choice?.kind === 'upload' ? choice : null}
              onUploaded={onChange}
            />
          )}
          {material.promiseAllowed && canPromise && (
            <PromiseChoice materialName={material.name} choice={choice} onChange={onChange} />
          )}
        </>
      )}
      {material.problem && (
        <Typography.Text type="danger" className="apply-material-error">
          {`${messages.cases.materials.problem}：${material.problem}`}
        </Typography.Text>
      )}
      {errors.map((error) => (
        <Typography.Text key={error} type="danger" className="apply-material-error" data-testid="material-error">
          {error}
        </Typography.Text>
      ))}
    </section>
  );
}

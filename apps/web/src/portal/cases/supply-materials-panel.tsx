import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Case, MaterialSupply } from '@yici/contracts';
import { Alert, App, Button, Card } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { applicationProblemsOf } from '../../shared/cases/apply/application-problems';
import { suppliesOf, type MaterialChoice, type MaterialChoices } from '../../shared/cases/apply/application-request';
import { MaterialCard } from '../../shared/cases/apply/material-card';
import { CaseNotices } from '../../shared/cases/case-notices';
import { useActionKey } from '../../shared/cases/use-action-key';
import { ProblemAlert } from '../../shared/problem-alert';
import { myCaseQueries } from './cases.queries';

const text = messages.cases.correction;

/** What the one-time notice listed, plus required materials still missing. */
function materialsToSupply(theCase: Case) {
  return theCase.materials.filter(
    (material) => material.problem !== null || (material.state === 'missing' && material.required),
  );
}

/**
 * A draft whose materials were all supplied before is submitted by naming them again: the request
 * must carry at least one material.
 */
function resuppliedOf(theCase: Case): MaterialSupply[] {
  return theCase.materials.flatMap((material): MaterialSupply[] => {
    if (material.state === 'uploaded' && material.file) {
      return [
        { kind: 'upload', materialKey: material.key, sha256: material.file.sha256, fileName: material.file.fileName },
      ];
    }
    if (material.state === 'certificate' && material.certificateIdentifier) {
      return [{ kind: 'certificate', materialKey: material.key, identifier: material.certificateIdentifier }];
    }
    if (material.state === 'promised' && material.promiseText) {
      return [{ kind: 'promise', materialKey: material.key, text: material.promiseText }];
    }
    return [];
  });
}

/** 补正: supply what the one-time notice asks for and hand it in; a draft is completed and submitted the same way. */
export function SupplyMaterialsPanel({ theCase }: { theCase: Case }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [choices, setChoices] = useState<MaterialChoices>({});
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const actionKey = useActionKey();
  const isDraft = theCase.status === 'draft';
  const materials = materialsToSupply(theCase);
  const supply = useMutation({
    mutationFn: (submit: boolean) => {
      const supplies = suppliesOf(materials, choices);
      return actionKey.send((idempotencyKey) =>
        api.supplyMaterials(
          theCase.id,
          { materials: supplies.length > 0 ? supplies : resuppliedOf(theCase), submit },
          { idempotencyKey },
        ),
      );
    },
    onSuccess: async (updated, submit) => {
      setChoices({});
      setErrors({});
      void message.success(submit ? (isDraft ? text.submitted : text.handedIn) : text.saved);
      queryClient.setQueryData(myCaseQueries.detail(theCase.id).queryKey, updated);
      await queryClient.invalidateQueries({ queryKey: myCaseQueries.all() });
    },
    onError: (error) =>
      setErrors(
        applicationProblemsOf(error, {
          supplies: suppliesOf(materials, choices),
          materialKeys: materials.map((material) => material.key),
        }).materials,
      ),
  });
  const choose = (key: string, choice: MaterialChoice | undefined) =>
    setChoices(({ [key]: _previous, ...rest }) => (choice ? { ...rest, [key]: choice } : rest));
  const send = (submit: boolean) => {
    if (suppliesOf(materials, choices).length === 0 && !(isDraft && submit)) {
      setErrors(Object.fromEntries(materials.map((material) => [material.key, [text.nothingToSupply]])));
      return;
    }
    supply.mutate(submit);
  };
  return (
    <Card title={isDraft ? text.draftHeading : text.heading} data-testid="supply-materials">
      <Alert
        type={isDraft ? 'info' : 'warning'}
        showIcon
        title={isDraft ? text.draftIntro : text.intro}
        className="form-result"
      />
      {!isDraft && (
        <CaseNotices
          theCase={{ ...theCase, notices: theCase.notices.filter((notice) => notice.kind === 'correction') }}
        />
      )}
      {supply.isError && <ProblemAlert error={supply.error} />}
      {materials.map((material) => (
        <MaterialCard
          key={material.key}
          material={material}
          candidates={[]}
          choice={choices[material.key]}
          onChange={(choice) => choose(material.key, choice)}
          canPromise
          itemNames={{}}
          errors={errors[material.key] ?? []}
        />
      ))}
      <div className="apply-actions">
        <Button onClick={() => send(false)} loading={supply.isPending && supply.variables === false}>
          {text.save}
        </Button>
        <Button
          type="primary"
          onClick={() => send(true)}
          loading={supply.isPending && supply.variables === true}
          data-testid="hand-in"
        >
          {isDraft ? text.submitDraft : text.handIn}
        </Button>
      </div>
    </Card>
  );
}

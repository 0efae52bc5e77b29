import type { CaseMaterial, PreparedApplication } from '@yici/contracts';
import { Spin } from 'antd';
import { useLayoutEffect, useRef } from 'react';
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
  // The material whose controls the applicant used last. A choice may take away the control it
  // was made with (agreeing to a certificate takes away the upload, a promise the certificate
  // choice): the focus then goes to that material's card, where the next Tab continues, rather
  // than falling back to the page's start.
  const list = useRef<HTMLDivElement>(null);
  const lastUsed = useRef<string | null>(null);
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (active && active !== document.body) return;
    if (!lastUsed.current || !list.current || list.current.closest('[hidden]')) return;
    const card = [...list.current.querySelectorAll<HTMLElement>('[data-material]')].find(
      (candidate) => candidate.dataset.material === lastUsed.current,
    );
    card?.focus();
  });
  return (
    <Spin spinning={isUpdating} description={messages.cases.apply.materialsLoading}>
      <p className="muted">{messages.cases.apply.materialsIntro}</p>
      <div
        data-testid="materials-step"
        ref={list}
        onFocus={(event) => {
          const card = (event.target as HTMLElement).closest<HTMLElement>('[data-material]');
          if (card) lastUsed.current = card.dataset.material ?? null;
        }}
        onBlur={(event) => {
          // Moved on to a control outside the list on purpose: nothing to give the focus back to.
          const next = event.relatedTarget as Node | null;
          if (next && !event.currentTarget.contains(next)) lastUsed.current = null;
        }}
      >
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

import type { Case } from '@yici/contracts';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { messages } from '../../messages';
import { AcceptCaseModal } from './accept-case-modal';
import { AcceptDeferredModal } from './accept-deferred-modal';
import { CoApplicantModal } from './co-applicant-modal';
import { DeliverCaseModal } from './deliver-case-modal';
import { RefuseCaseModal } from './refuse-case-modal';
import { RequestCorrectionModal } from './request-correction-modal';

const text = messages.cases.actions;

type CaseActionKind = 'co-applicant' | 'accept' | 'request-correction' | 'refuse' | 'accept-deferred' | 'deliver';

/** The actions the case's status allows; the server checks the role and the status again. */
function actionsFor(theCase: Case): CaseActionKind[] {
  // Filed by the seller alone: the buyer joins at the window (or online) before anything else.
  if (theCase.status === 'awaiting_co_applicant') return ['co-applicant'];
  if (theCase.status === 'submitted') {
    const canDefer = theCase.materials.some((material) => material.deferrable && material.state === 'missing');
    return ['accept', 'request-correction', ...(canDefer ? (['accept-deferred'] as const) : []), 'refuse'];
  }
  if (theCase.delivery.status === 'ready') return ['deliver'];
  return [];
}

const LABELS: Record<CaseActionKind, string> = {
  'co-applicant': text.coApplicant,
  accept: text.accept,
  'request-correction': text.requestCorrection,
  refuse: text.refuse,
  'accept-deferred': text.acceptDeferred,
  deliver: text.deliver,
};

/** 受理 and 送达 at the case level; deciding happens in the departments' tasks. */
export function CaseActions({ theCase }: { theCase: Case }) {
  const [open, setOpen] = useState<CaseActionKind | null>(null);
  const actions = actionsFor(theCase);
  if (actions.length === 0) return null;
  const close = () => setOpen(null);
  return (
    <Card title={text.heading} data-testid="case-actions">
      <div className="button-row">
        {actions.map((action, index) => (
          <Button
            key={action}
            type={index === 0 ? 'primary' : 'default'}
            danger={action === 'refuse'}
            onClick={() => setOpen(action)}
            data-testid={`case-action-${action}`}
          >
            {LABELS[action]}
          </Button>
        ))}
      </div>
      <CoApplicantModal theCase={theCase} open={open === 'co-applicant'} onClose={close} />
      <AcceptCaseModal theCase={theCase} open={open === 'accept'} onClose={close} />
      <RequestCorrectionModal theCase={theCase} open={open === 'request-correction'} onClose={close} />
      <RefuseCaseModal theCase={theCase} open={open === 'refuse'} onClose={close} />
      <AcceptDeferredModal theCase={theCase} open={open === 'accept-deferred'} onClose={close} />
      <DeliverCaseModal theCase={theCase} open={open === 'deliver'} onClose={close} />
    </Card>
  );
}

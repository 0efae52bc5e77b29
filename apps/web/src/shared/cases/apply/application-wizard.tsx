import { useMutation } from '@tanstack/react-query';
import type { ApplicantRef, ApplicationTarget, Case } from '@yici/contracts';
import { Alert, Button, Card, Form, Steps } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { CreateApplicationInput, Idempotent } from '../../../api/cases.endpoints';
import { messages } from '../../../messages';
import { PageLoading } from '../../page-loading';
import { ProblemAlert } from '../../problem-alert';
import { ProblemView } from '../../problem-view';
import { useActionKey } from '../use-action-key';
import { applicationProblemsOf } from './application-problems';
import {
  formValuesOf,
  situationAnswersOf,
  toCreateApplication,
  unpreparedMaterialsOf,
  type DeliveryValues,
  type FormValues,
  type MaterialChoice,
  type MaterialChoices,
} from './application-request';
import { ApplicationSummary } from './application-summary';
import { CombinedFormStep } from './combined-form-step';
import { DeliveryStep } from './delivery-step';
import { MaterialsStep } from './materials-step';
import { ReviewStep } from './review-step';
import { usePreparedApplication } from './use-prepared-application';

const text = messages.cases.apply;
const STEPS = ['form', 'materials', 'review'] as const;

type ApplicationWizardProps = {
  target: ApplicationTarget;
  applicant?: ApplicantRef;
  servicePointId?: string;
  queryRoot: 'account' | 'workbench';
  /** POST /api/applications for the applicant, POST /api/cases for a clerk. */
  send: (body: CreateApplicationInput, key: Idempotent) => Promise<Case>;
  onFiled: (theCase: Case) => void;
  previewLink?: (identifier: string) => string;
};

/** 一表申请: the combined form, then the materials for the situation given, then delivery and submit. */
export function ApplicationWizard(props: ApplicationWizardProps) {
  const { target, applicant, servicePointId, queryRoot, send, onFiled, previewLink } = props;
  const [step, setStep] = useState(0);
  const [form] = Form.useForm<FormValues>();
  const [deliveryForm] = Form.useForm<DeliveryValues>();
  const values = (Form.useWatch([], form) ?? {}) as FormValues;
  const [choices, setChoices] = useState<MaterialChoices>({});
  const [materialErrors, setMaterialErrors] = useState<Record<string, string[]>>({});
  const [fields, setFields] = useState<Parameters<typeof situationAnswersOf>[0]>([]);
  const prepared = usePreparedApplication({
    target,
    applicant,
    answers: situationAnswersOf(fields, values),
    queryRoot,
  });
  const actionKey = useActionKey();
  const prefilledFields = useRef(new Set<string>());
  // On 下一步 / 上一步 the focus moves to the top of the step shown, so that the keyboard (and a
  // screen reader) continues there rather than at a button of a step that is gone.
  const stepBoxes = useRef<(HTMLDivElement | null)[]>([]);
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    stepBoxes.current[step]?.focus();
  }, [step]);

  const data = prepared.data;
  useEffect(() => {
    if (!data) return;
    setFields(data.fields);
    // Each value is filled in once and only where the applicant has typed nothing: a field they
    // cleared on purpose stays empty when a changed situation asks prepare again.
    const current = form.getFieldsValue(true) as FormValues;
    const fresh = data.prefilled.filter((value) => !prefilledFields.current.has(value.field) && !current[value.field]);
    for (const value of fresh) prefilledFields.current.add(value.field);
    if (fresh.length > 0) form.setFieldsValue(Object.fromEntries(fresh.map((value) => [value.field, value.value])));
  }, [data, form]);

  const file = useMutation({
    mutationFn: (body: CreateApplicationInput) => actionKey.send((idempotencyKey) => send(body, { idempotencyKey })),
    onSuccess: onFiled,
    onError: (error, body) => {
      const problems = applicationProblemsOf(error, {
        supplies: body.materials,
        materialKeys: (data?.materials ?? []).map((material) => material.key),
      });
      form.setFields(problems.form);
      deliveryForm.setFields(
        problems.delivery.map(({ name, errors }) => ({ name: name as keyof DeliveryValues, errors })),
      );
      setMaterialErrors(problems.materials);
      if (problems.form.length > 0) setStep(0);
      else if (Object.keys(problems.materials).length > 0) setStep(1);
    },
  });

  if (prepared.isPending) return <PageLoading />;
  if (prepared.isError && !data) return <ProblemView error={prepared.error} onRetry={() => void prepared.refetch()} />;
  if (!data) return null;
  const materials = data.materials;

  const choose = (materialKey: string, choice: MaterialChoice | undefined) => {
    setChoices((previous) => {
      const next = { ...previous };
      if (choice) next[materialKey] = choice;
      else delete next[materialKey];
      return next;
    });
    setMaterialErrors(({ [materialKey]: _cleared, ...rest }) => rest);
  };

  const goToMaterials = async () => {
    // After a failed 下一步 the applicant is taken to the first field at fault, with the cursor in
    // it, rather than left at the button with the errors out of sight above.
    try {
      await form.validateFields();
    } catch (error) {
      const first = (error as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) form.scrollToField(first.name, { block: 'center', focus: true });
      throw error;
    }
    // The materials shown are those of the last answer: while it is still being asked (a choice
    // made just before 下一步, a slow network) the step waits for it, so that the list is not
    // redrawn while the applicant already moves through it.
    if (prepared.isFetching) await prepared.refetch({ cancelRefetch: false });
    setStep(1);
  };
  const goToReview = () => {
    const unprepared = unpreparedMaterialsOf(materials, choices);
    setMaterialErrors(Object.fromEntries(unprepared.map((key) => [key, [text.materialChoiceMissing]])));
    if (unprepared.length === 0) setStep(2);
  };
  const submit = async (isFinal: boolean) => {
    if (isFinal) await form.validateFields();
    const delivery = await deliveryForm.validateFields().catch(() => null);
    if (step === 2 && !delivery) return;
    file.mutate(
      toCreateApplication({
        target,
        applicant,
        servicePointId,
        fields: data.fields,
        values,
        materials,
        choices,
        delivery: delivery ?? { method: 'electronic' },
        submit: isFinal,
      }),
    );
  };
  const hasMaterialErrors = Object.keys(materialErrors).length > 0;

  return (
    <Card data-testid="application-wizard" data-step={STEPS[step]}>
      <ApplicationSummary prepared={data} />
      <Steps
        className="apply-steps"
        current={step}
        items={STEPS.map((key) => ({ key, title: text.steps[key] }))}
        data-testid="apply-steps"
      />
      {file.isError && <ProblemAlert error={file.error} />}
      {prepared.isError && <ProblemAlert error={prepared.error} onRetry={() => void prepared.refetch()} />}
      <div
        hidden={step !== 0}
        ref={(box) => {
          stepBoxes.current[0] = box;
        }}
        tabIndex={-1}
        aria-label={text.steps[STEPS[0]]}
        className="apply-step"
      >
        <CombinedFormStep
          form={form}
          fields={data.fields}
          items={data.items}
          prefilled={data.prefilled}
          values={values}
        />
      </div>
      <div
        hidden={step !== 1}
        ref={(box) => {
          stepBoxes.current[1] = box;
        }}
        tabIndex={-1}
        aria-label={text.steps[STEPS[1]]}
        className="apply-step"
      >
        {hasMaterialErrors && <Alert type="error" showIcon title={text.fixMaterials} className="form-result" />}
        <MaterialsStep
          materials={materials}
          candidates={data.certificateCandidates}
          items={data.items}
          choices={choices}
          onChoose={choose}
          canPromise={!data.blacklisted}
          errors={materialErrors}
          isUpdating={prepared.isFetching}
          previewLink={previewLink}
        />
      </div>
      <div
        hidden={step !== 2}
        ref={(box) => {
          stepBoxes.current[2] = box;
        }}
        tabIndex={-1}
        aria-label={text.steps[STEPS[2]]}
        className="apply-step"
      >
        <DeliveryStep form={deliveryForm} />
        {step === 2 && (
          <ReviewStep
            outcome={{ items: data.items, promisedLimitDays: data.promisedLimitDays, expectedBy: data.expectedBy }}
            fields={data.fields}
            form={formValuesOf(data.fields, values)}
            materials={materials}
            choices={choices}
          />
        )}
      </div>
      <div className="apply-actions">
        {step > 0 && (
          <Button onClick={() => setStep(step - 1)} data-testid="apply-previous">
            {text.previous}
          </Button>
        )}
        {step === 0 && (
          <Button type="primary" onClick={() => void goToMaterials().catch(() => undefined)} data-testid="apply-next">
            {text.next}
          </Button>
        )}
        {step === 1 && (
          <Button type="primary" onClick={goToReview} disabled={prepared.isFetching} data-testid="apply-next">
            {text.next}
          </Button>
        )}
        {step > 0 && (
          <Button
            onClick={() => void submit(false)}
            loading={file.isPending && !file.variables?.submit}
            data-testid="apply-save-draft"
          >
            {text.saveDraft}
          </Button>
        )}
        {step === 2 && (
          <Button
            type="primary"
            onClick={() => void submit(true).catch(() => setStep(0))}
            loading={file.isPending && file.variables?.submit}
            data-testid="apply-submit"
          >
            {text.submit}
          </Button>
        )}
      </div>
    </Card>
  );
}

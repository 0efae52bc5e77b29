import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Case } from '@yici/contracts';
import { Button, Form, Input, Select, Tag } from 'antd';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { ActionModal } from './action-modal';
import { useCaseAction } from './use-case-action';

const text = messages.cases.actions;

type CorrectionValues = { items: { materialKey?: string; problem: string }[]; note?: string };
type RequestCorrectionModalProps = { theCase: Case; open: boolean; onClose: () => void };

/** 一次性告知: missing required materials are listed by the server; staff add what is wrong with the others. */
export function RequestCorrectionModal({ theCase, open, onClose }: RequestCorrectionModalProps) {
  const request = useCaseAction({
    theCase,
    perform: api.requestCaseCorrection,
    done: text.done.correction,
    onDone: onClose,
  });
  const missing = theCase.materials.filter((material) => material.required && material.state === 'missing');
  const options = theCase.materials
    .filter((material) => material.state !== 'not_applicable')
    .map((material) => ({ value: material.key, label: material.name }));
  return (
    <ActionModal<CorrectionValues>
      title={text.requestCorrection}
      hint={text.requestCorrectionHint}
      open={open}
      onClose={onClose}
      action="request-correction"
      width={760}
      isPending={request.isPending}
      error={request.error}
      initialValues={{ items: [{ problem: '' }] }}
      onSubmit={({ items, note }) =>
        request.mutate({
          items: (items ?? []).map((item) => ({
            materialKey: item.materialKey || undefined,
            problem: item.problem.trim(),
          })),
          note: note?.trim() || undefined,
        })
      }
    >
      {missing.length > 0 && (
        <p className="tag-row">
          {missing.map((material) => (
            <Tag key={material.key} color="orange">
              {material.name}
            </Tag>
          ))}
        </p>
      )}
      <Form.List name="items">
        {(rows, { add, remove }) => (
          <>
            {rows.map((row) => (
              <div key={row.key} className="correction-row" data-testid="correction-row">
                <Form.Item name={[row.name, 'materialKey']}>
                  <Select allowClear placeholder={text.otherProblem} options={options} aria-label={text.material} />
                </Form.Item>
                <Form.Item
                  name={[row.name, 'problem']}
                  rules={[{ required: true, whitespace: true, min: 2, max: 300, message: text.problemRequired }]}
                >
                  <Input placeholder={text.problemPlaceholder} maxLength={300} aria-label={text.problem} />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  onClick={() => remove(row.name)}
                  aria-label={text.cancel}
                />
              </div>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ problem: '' })}>
              {text.addOther}
            </Button>
          </>
        )}
      </Form.List>
      <Form.Item name="note" label={text.correctionNote} className="form-result">
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </ActionModal>
  );
}

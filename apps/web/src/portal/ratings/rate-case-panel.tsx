import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Form, Input, Radio } from 'antd';
import { LABELS, RatingReasonSchema, type RatingReason } from '@yici/contracts';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { ProblemAlert } from '../../shared/problem-alert';

const text = messages.hotline.rating;
const levels = [1, 2, 3, 4, 5].map((level) => ({ value: level, label: LABELS.ratingLevel[String(level)] }));
const reasons = RatingReasonSchema.options.map((value) => ({ value, label: LABELS.ratingReason[value] }));

type RatingForm = { level: number; reasons: RatingReason[]; comment: string };

/** 一事一评 on a completed case: five levels, reasons from the list, free text; once. */
export function RateCasePanel({ caseId }: { caseId: string }) {
  const queryClient = useQueryClient();
  const own = useQuery({ queryKey: ['rating', caseId], queryFn: ({ signal }) => api.getMyCaseRating(caseId, signal) });
  const rate = useMutation({
    mutationFn: (values: RatingForm) => api.rateCase({ caseId, channel: 'online', ...values }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['rating', caseId] }),
  });
  if (own.data)
    return (
      <Card title={text.title} data-testid="case-rating">
        <Alert type="success" showIcon title={text.yourRating(own.data.levelName)} />
        {own.data.rectification && (
          <p>{text.rectification(LABELS.rectificationStatus[own.data.rectification.status])}</p>
        )}
      </Card>
    );
  return (
    <Card title={text.title} data-testid="case-rating">
      {rate.isError && <ProblemAlert error={rate.error} />}
      <Form<RatingForm>
        layout="vertical"
        requiredMark={false}
        initialValues={{ reasons: [], comment: '' }}
        onFinish={(v) => rate.mutate(v)}
      >
        <Form.Item name="level" label={text.level} rules={[{ required: true }]}>
          <Radio.Group options={levels} />
        </Form.Item>
        <Form.Item name="reasons" label={text.reasons}>
          <Checkbox.Group options={reasons} />
        </Form.Item>
        <Form.Item name="comment" label={text.comment}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={rate.isPending} data-testid="submit-rating">
          {text.submit}
        </Button>
      </Form>
    </Card>
  );
}

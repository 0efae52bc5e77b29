import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Form, Input, Radio, Space } from 'antd';
import { LABELS, RatingReasonSchema, type RatingReason } from '@yici/contracts';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { ProblemAlert } from '../../shared/problem-alert';

const text = messages.hotline.rating;
const levels = [1, 2, 3, 4, 5].map((level) => ({ value: level, label: LABELS.ratingLevel[String(level)] }));
const reasons = RatingReasonSchema.options.map((value) => ({ value, label: LABELS.ratingReason[value] }));

type RatingForm = { level: number; reasons: RatingReason[]; comment: string; followUp: boolean };

/** 一事一评 on a completed case: five levels, reasons from the list, free text; once. */
export function RateCasePanel({ caseId }: { caseId: string }) {
  const queryClient = useQueryClient();
  const own = useQuery({ queryKey: ['rating', caseId], queryFn: ({ signal }) => api.getMyCaseRating(caseId, signal) });
  const rate = useMutation({
    mutationFn: (values: RatingForm) => api.rateCase({ caseId, channel: 'online', ...values }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['rating', caseId] }),
  });
  const confirm = useMutation({
    mutationFn: (accepted: boolean) => api.ratingStep(own.data!.id, 'confirmation', { accepted }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['rating', caseId] }),
  });
  if (own.data)
    return (
      <Card title={text.title} data-testid="case-rating">
        <Alert type="success" showIcon title={text.yourRating(own.data.levelName)} />
        {own.data.followUpTicketId && <p data-testid="follow-up-ticket">{text.followUpTicket}</p>}
        {own.data.rectification && (
          <p data-testid="rectification-status">
            {text.rectification(LABELS.rectificationStatus[own.data.rectification.status])}
          </p>
        )}
        {own.data.rectification?.status === 'verified' && (
          <>
            {confirm.isError && <ProblemAlert error={confirm.error} />}
            <p>{text.confirmAsk}</p>
            {own.data.rectification.evidence && <p>{own.data.rectification.evidence}</p>}
            <Space wrap>
              <Button type="primary" onClick={() => confirm.mutate(true)} data-testid="confirm-rectification">
                {text.confirmYes}
              </Button>
              <Button onClick={() => confirm.mutate(false)}>{text.confirmNo}</Button>
            </Space>
          </>
        )}
      </Card>
    );
  return (
    <Card title={text.title} data-testid="case-rating">
      {rate.isError && <ProblemAlert error={rate.error} />}
      <Form<RatingForm>
        layout="vertical"
        requiredMark={false}
        initialValues={{ reasons: [], comment: '', followUp: false }}
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
        <Form.Item name="followUp" valuePropName="checked">
          <Checkbox data-testid="rating-follow-up">{text.followUp}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={rate.isPending} data-testid="submit-rating">
          {text.submit}
        </Button>
      </Form>
    </Card>
  );
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Input, Result } from 'antd';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { LABELS, RatingReasonSchema, type RatingReason } from '@yici/contracts';
import { api } from '../../api/client';
import { messages } from '../../messages';
import { PageTitle } from '../../shared/page-title';
import { ProblemAlert } from '../../shared/problem-alert';
import { myCaseQueries } from '../cases/cases.queries';
import './hall-rating.css';

const text = messages.hotline.hall;
const reasons = RatingReasonSchema.options.map((value) => ({ value, label: LABELS.ratingReason[value] }));
/** Seconds the thank-you stays before the screen is ready for the next person. */
const RESET_SECONDS = 8;

/**
 * The rating screen of one window (一次一评), built for a tablet on the counter: the person served
 * picks the case just handled, taps one of five levels, optionally reasons, and is thanked; the
 * screen then resets. Only the person served can rate (staff hold no rating permission).
 */
export function HallRatingPage() {
  const { servicePointId = '', window = '' } = useParams();
  const queryClient = useQueryClient();
  const [caseId, setCaseId] = useState<string | null>(null);
  const [level, setLevel] = useState<number | null>(null);
  const [chosen, setChosen] = useState<RatingReason[]>([]);
  const [comment, setComment] = useState('');
  const [followUp, setFollowUp] = useState(false);
  const completed = useQuery(myCaseQueries.list('self', { status: 'completed', limit: 5 }));
  const rate = useMutation({
    mutationFn: () =>
      api.rateCase({
        caseId: caseId!,
        channel: 'hall',
        servicePointId,
        window,
        level: level!,
        reasons: chosen,
        comment: comment.trim(),
        followUp,
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: myCaseQueries.all() }),
  });
  const reset = () => {
    setCaseId(null);
    setLevel(null);
    setChosen([]);
    setComment('');
    setFollowUp(false);
    rate.reset();
  };
  useEffect(() => {
    if (!rate.isSuccess) return;
    const timer = setTimeout(reset, RESET_SECONDS * 1000);
    return () => clearTimeout(timer);
    // Only the success starts the timer; reset only sets state.
  }, [rate.isSuccess]);

  // The hall's own name heads its windows' screens: the person rates this hall, this window.
  const hall = useQuery({
    queryKey: ['service-point', servicePointId],
    queryFn: ({ signal }) => api.getServicePoint(servicePointId, signal),
    staleTime: Infinity,
  });
  const heading = hall.data ? `${hall.data.name} · ${text.title(window)}` : text.title(window);
  if (rate.isSuccess)
    return (
      <div className="hall-rating" data-testid="hall-rating-page">
        <PageTitle>{heading}</PageTitle>
        <Result
          status="success"
          title={text.thanks}
          subTitle={
            rate.data?.followUpTicketId
              ? `${messages.hotline.rating.followUpTicket}。${text.resets(RESET_SECONDS)}`
              : text.resets(RESET_SECONDS)
          }
          data-testid="hall-thanks"
        />
        <Button size="large" block onClick={reset}>
          {text.next}
        </Button>
      </div>
    );
  const items = completed.data?.items ?? [];
  return (
    <div className="hall-rating" data-testid="hall-rating-page">
      <PageTitle>{heading}</PageTitle>
      <h1>{heading}</h1>
      <p className="page-intro">{text.intro}</p>
      {rate.isError && <ProblemAlert error={rate.error} />}
      {completed.isError && <ProblemAlert error={completed.error} />}
      <h2>{text.whichCase}</h2>
      {items.length === 0 && !completed.isLoading && <Alert type="info" showIcon title={text.noCase} />}
      <div className="hall-rating-cases">
        {items.map((c) => (
          <Button
            key={c.id}
            size="large"
            type={caseId === c.id ? 'primary' : 'default'}
            aria-pressed={caseId === c.id}
            onClick={() => setCaseId(c.id)}
            data-testid="hall-case"
            data-case-id={c.id}
          >
            {c.title}
          </Button>
        ))}
      </div>
      <h2>{text.level}</h2>
      <div className="hall-rating-levels" role="radiogroup" aria-label={text.level}>
        {[1, 2, 3, 4, 5].map((value) => (
          <button
            key={value}
            type="button"
            role="radio"
            aria-checked={level === value}
            className={`hall-rating-level level-${value}${level === value ? ' chosen' : ''}`}
            onClick={() => setLevel(value)}
            data-testid={`hall-level-${value}`}
          >
            {LABELS.ratingLevel[String(value)]}
          </button>
        ))}
      </div>
      {level !== null && level >= 3 && (
        <>
          <h2>{text.reasons}</h2>
          <Checkbox.Group
            className="hall-rating-reasons"
            options={reasons}
            value={chosen}
            onChange={(v) => setChosen(v as RatingReason[])}
          />
          <Input.TextArea
            rows={2}
            maxLength={1000}
            placeholder={text.comment}
            aria-label={text.comment}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
          <Checkbox
            className="hall-rating-follow-up"
            checked={followUp}
            onChange={(e) => setFollowUp(e.target.checked)}
            data-testid="hall-follow-up"
          >
            {messages.hotline.rating.followUp}
          </Checkbox>
        </>
      )}
      <Button
        type="primary"
        size="large"
        block
        className="hall-rating-submit"
        disabled={!caseId || level === null}
        loading={rate.isPending}
        onClick={() => rate.mutate()}
        data-testid="hall-submit"
      >
        {text.submit}
      </Button>
    </div>
  );
}

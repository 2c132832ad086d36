import { Button, Flex, Input } from 'antd';
import { useState } from 'react';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { useSubmit } from '../../../hooks/use-submit.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { reviewSubmission, type SubmissionReview, type SubmissionView } from '../forms-api.ts';
import { nextStatuses } from './review-steps.ts';

/** 审核: the steps the submission may take now, each with an optional comment (the submitter sees decisions). */
export function SubmissionReview({ submission, onReviewed }: { submission: SubmissionView; onReviewed: (updated: SubmissionView) => void }) {
  const { t } = useI18n();
  const showProblem = useShowProblem();
  const [comment, setComment] = useState('');
  const [pending, setPending] = useState<SubmissionReview['status'] | undefined>(undefined);
  const [, run] = useSubmit();
  const steps = nextStatuses(submission.status);
  if (steps.length === 0) return null;

  const review = (status: SubmissionReview['status']) =>
    run(async () => {
      setPending(status);
      try {
        onReviewed(await reviewSubmission(submission.formId, submission.id, { status, ...(comment.trim() ? { comment: comment.trim() } : {}) }));
        setComment('');
      } catch (error) {
        showProblem(error);
      } finally {
        setPending(undefined);
      }
    });

  return (
    <Flex vertical gap={8}>
      <Input.TextArea
        value={comment}
        maxLength={2000}
        autoSize={{ minRows: 2, maxRows: 5 }}
        placeholder={t('forms.submission.review.comment')}
        aria-label={t('forms.submission.review.comment')}
        onChange={(event) => setComment(event.target.value)}
      />
      <Flex gap={8} wrap>
        {steps.map((status) => (
          <Button
            key={status}
            type={status === 'approved' ? 'primary' : 'default'}
            danger={status === 'rejected'}
            loading={pending === status}
            disabled={pending !== undefined && pending !== status}
            onClick={() => void review(status)}
          >
            {t(`forms.submission.review.${status}`)}
          </Button>
        ))}
      </Flex>
    </Flex>
  );
}

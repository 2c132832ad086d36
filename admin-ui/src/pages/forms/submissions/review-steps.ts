import type { SubmissionReview, SubmissionStatus } from '../forms-api.ts';

type ReviewStatus = SubmissionReview['status'];

/** submitted → reviewed → approved / rejected, as the server allows (a submission may also be decided at once). */
const steps: Readonly<Record<SubmissionStatus, readonly ReviewStatus[]>> = {
  submitted: ['reviewed', 'approved', 'rejected'],
  reviewed: ['approved', 'rejected'],
  approved: [],
  rejected: [],
};

/** The statuses a reviewer may move a submission to now. */
export function nextStatuses(status: SubmissionStatus): readonly ReviewStatus[] {
  return steps[status];
}

export const submissionStatuses: readonly SubmissionStatus[] = ['submitted', 'reviewed', 'approved', 'rejected'];

export const statusColors: Readonly<Record<SubmissionStatus, string>> = {
  submitted: 'blue',
  reviewed: 'gold',
  approved: 'green',
  rejected: 'red',
};

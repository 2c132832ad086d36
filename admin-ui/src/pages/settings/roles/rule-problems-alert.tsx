import { Alert } from 'antd';
import type { SubjectView } from '../../../api/access-api.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import type { RuleProblem } from './rule-problems.ts';

/** The server's objections to single rules, named by their cell (对象 · 操作) or advanced rule. */
export function RuleProblemsAlert({
  problems,
  subjects,
}: {
  problems: RuleProblem[];
  subjects: readonly SubjectView[];
}) {
  const { t } = useI18n();
  if (problems.length === 0) return null;
  const where = ({ origin }: RuleProblem) => {
    if (origin.kind === 'advanced') return t('settings.roles.advanced.item', { number: origin.index + 1 });
    const subject = subjects.find((candidate) => candidate.key === origin.subject);
    const action = subject?.actions.find((candidate) => candidate.key === origin.action);
    return `${subject?.title ?? origin.subject} · ${action?.title ?? origin.action}`;
  };
  return (
    <Alert
      type="error"
      showIcon
      data-testid="rule-problems"
      title={t('settings.roles.rule-problems')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {problems.map((problem, index) => (
            // Problems have no id and are replaced as a whole on each save.
            <li key={index}>{`${where(problem)}${t('common.colon')}${problem.message}`}</li>
          ))}
        </ul>
      }
    />
  );
}

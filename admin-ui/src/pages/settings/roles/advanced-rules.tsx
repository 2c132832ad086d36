import { Alert, Card, Collapse, Flex, Tag, Typography } from 'antd';
import type { AccessRule, SubjectView } from '../../../api/access-api.ts';
import { describeConditions } from '../../../access/describe-conditions.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';

function RuleLine({ rule, subjects }: { rule: AccessRule; subjects: readonly SubjectView[] }) {
  const { t } = useI18n();
  const subject = subjects.find((candidate) => candidate.key === rule.subject);
  const subjectTitle =
    rule.subject === 'all' ? t('settings.roles.advanced.all-subjects') : (subject?.title ?? rule.subject);
  const declared = subject?.actions.find((action) => action.key === rule.action)?.title;
  const actionTitle = declared ?? (rule.action === 'manage' ? t('settings.roles.advanced.all-actions') : rule.action);
  const fieldTitles = rule.fields?.map((key) => subject?.fields.find((field) => field.key === key)?.title ?? key);
  return (
    <Flex vertical gap={2}>
      <Flex gap={8} align="center" wrap>
        <Tag color={rule.inverted ? 'red' : 'green'}>
          {t(rule.inverted ? 'settings.roles.advanced.deny' : 'settings.roles.advanced.allow')}
        </Tag>
        <Typography.Text strong>{`${subjectTitle} · ${actionTitle}`}</Typography.Text>
      </Flex>
      {rule.conditions ? (
        <Typography.Text type="secondary">
          {t('settings.roles.advanced.conditions', { conditions: describeConditions(rule.conditions, subject) })}
        </Typography.Text>
      ) : null}
      {fieldTitles ? (
        <Typography.Text type="secondary">
          {t('settings.roles.advanced.fields', { fields: fieldTitles.join('、') })}
        </Typography.Text>
      ) : null}
      {rule.reason ? <Typography.Text type="secondary">{rule.reason}</Typography.Text> : null}
    </Flex>
  );
}

/**
 * Rules the matrix cannot show (a rule on every subject, conditions that are no data scope, several
 * rules on one cell…): listed read-only, with their JSON on request, and saved back unchanged.
 */
export function AdvancedRules({ rules, subjects }: { rules: readonly AccessRule[]; subjects: readonly SubjectView[] }) {
  const { t } = useI18n();
  if (rules.length === 0) return null;
  return (
    <Flex vertical gap={8} data-testid="advanced-rules">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('settings.roles.advanced.title')}
      </Typography.Title>
      <Alert type="info" showIcon title={t('settings.roles.advanced.hint')} />
      {rules.map((rule, index) => (
        // Rules have no id and this list never reorders: the position is the identity.
        <Card key={index} size="small">
          <RuleLine rule={rule} subjects={subjects} />
        </Card>
      ))}
      <Collapse
        size="small"
        items={[
          {
            key: 'json',
            label: t('settings.roles.advanced.json'),
            children: (
              <Typography.Paragraph copyable style={{ margin: 0 }}>
                <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{JSON.stringify(rules, null, 2)}</pre>
              </Typography.Paragraph>
            ),
          },
        ]}
      />
    </Flex>
  );
}

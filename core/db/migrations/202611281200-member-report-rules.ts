import type { Migration } from '../migration.ts';

/**
 * The built-in `member` role of companies made before files and reports existed gets what a new company's
 * member starts with (built-in-roles.ts): uploading and reading files, and running reports and dashboards
 * (with their own data scope, so a member totals only what they may read). These subjects are newer than
 * those roles, so no admin can have taken the rules away; a role that already has one is left as it is.
 */
export const memberReportRules: Migration = {
  name: '202611281200-member-report-rules',
  up: `
UPDATE roles r SET rules = r.rules || added.rules, updated_at = now()
  FROM (SELECT rr.tenant_id, rr.id, jsonb_agg(rule) AS rules
          FROM roles rr,
               jsonb_array_elements('[{"action":"create","subject":"File"},{"action":"read","subject":"File"},
                                      {"action":"read","subject":"Report"},{"action":"read","subject":"Dashboard"}]'::jsonb) AS rule
         WHERE rr.key = 'member' AND rr.built_in AND NOT rr.rules @> jsonb_build_array(rule)
         GROUP BY rr.tenant_id, rr.id) AS added
 WHERE r.tenant_id = added.tenant_id AND r.id = added.id;`,
  down: `
UPDATE roles SET rules = (SELECT coalesce(jsonb_agg(rule), '[]') FROM jsonb_array_elements(rules) AS rule
                           WHERE NOT (rule->>'subject' IN ('Report', 'Dashboard') AND rule->>'action' = 'read' AND rule->'conditions' IS NULL))
 WHERE key = 'member' AND built_in;`,
};

import type { Migration } from '../migration.ts';

/** The tables each plugin's migrations created: what its data export holds and its uninstall removes. */
export const pluginTables: Migration = {
  name: '202611241030-plugin-tables',
  up: `ALTER TABLE plugin_installations ADD COLUMN tables text[] NOT NULL DEFAULT '{}';`,
  down: 'ALTER TABLE plugin_installations DROP COLUMN tables;',
};

import type { PluginNames } from './plugin-names.ts';

export function packageJsonTemplate(n: PluginNames): string {
  const pkg = {
    name: `@tessera/plugin-${n.name}`,
    version: '0.1.0',
    private: true,
    type: 'module',
    description: `${n.words}: a Tessera plugin`,
    main: './index.ts',
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

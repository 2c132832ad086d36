import { Badge, Flex, Menu, type MenuProps, Typography } from 'antd';
import type { CustomizableResource } from '../../../api/custom-fields-api.ts';

type MenuItems = NonNullable<MenuProps['items']>;

/** The record types under their module's title, in the order the server lists them. */
function menuItemsOf(resources: readonly CustomizableResource[]): MenuItems {
  const groups = new Map<string, { title: string; resources: CustomizableResource[] }>();
  for (const resource of resources) {
    const group = groups.get(resource.plugin) ?? { title: resource.pluginTitle, resources: [] };
    group.resources.push(resource);
    groups.set(resource.plugin, group);
  }
  return [...groups].map(([plugin, group]) => ({
    type: 'group',
    key: plugin,
    label: group.title,
    children: group.resources.map((resource) => ({
      key: resource.resource,
      label: (
        <Flex justify="space-between" align="center" gap={8} data-testid={`custom-resource-${resource.resource}`}>
          <Typography.Text ellipsis>{resource.title}</Typography.Text>
          <Badge count={resource.fieldCount} showZero color={resource.fieldCount > 0 ? 'blue' : '#d9d9d9'} />
        </Flex>
      ),
    })),
  }));
}

/** 业务对象: which record type's fields the page shows, grouped by module, with each one's field count. */
export function ResourcePicker({
  resources,
  selected,
  onSelect,
}: {
  resources: readonly CustomizableResource[];
  selected: string | undefined;
  onSelect: (resource: string) => void;
}) {
  return (
    <Menu
      mode="inline"
      style={{ borderInlineEnd: 'none' }}
      selectedKeys={selected ? [selected] : []}
      items={menuItemsOf(resources)}
      onClick={({ key }) => onSelect(key)}
    />
  );
}

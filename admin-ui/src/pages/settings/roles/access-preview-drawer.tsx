import { Alert, Descriptions, Drawer, Flex, Skeleton, Tag } from 'antd';
import type { AccessPreview, SubjectView } from '../../../api/access-api.ts';
import { PermissionGrid } from '../../../access/permission-grid.tsx';
import { useRoleNames } from '../../../access/role-names-context.ts';
import { useAbility } from '../../../access/use-ability.ts';
import { useAccessCatalog } from '../../../access/use-access-catalog.ts';
import { useDepartments } from '../../../access/use-departments.ts';
import { MemberSelect } from '../../../components/member-select.tsx';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { PreviewCell } from './preview-cell.tsx';
import { useAccessPreview } from './use-access-preview.ts';

function PreviewSummary({ preview }: { preview: AccessPreview }) {
  const { t } = useI18n();
  const { nameOf } = useRoleNames();
  const canReadDepartments = useAbility().can('read', 'Department');
  const { departments } = useDepartments({ enabled: canReadDepartments, quiet: true });
  const departmentName = (id: string) => departments?.find((department) => department.id === id)?.name ?? id;
  const none = t('settings.roles.preview.none-held');
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      items={[
        {
          key: 'roles',
          label: t('settings.users.column.role'),
          children: preview.roles.length > 0 ? preview.roles.map((key) => <Tag key={key}>{nameOf(key)}</Tag>) : none,
        },
        {
          key: 'departments',
          label: t('settings.users.column.departments'),
          children:
            preview.departmentIds.length > 0
              ? preview.departmentIds.map((id) => <Tag key={id}>{departmentName(id)}</Tag>)
              : none,
        },
      ]}
    />
  );
}

function PreviewGrid({ subjects, preview }: { subjects: readonly SubjectView[]; preview: AccessPreview }) {
  return (
    <PermissionGrid
      testId="access-preview"
      subjects={subjects}
      renderCell={(subject, action) => (
        <PreviewCell
          subject={subject}
          action={action}
          cell={preview.cells.find((cell) => cell.subject === subject.key && cell.action === action)}
        />
      )}
    />
  );
}

/** 试用身份: what one member may really do, from all their roles, departments and scope attributes. */
export function AccessPreviewDrawer({
  userId,
  onUserChange,
  onClose,
}: {
  userId: string | undefined;
  onUserChange: (userId: string | undefined) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { catalog } = useAccessCatalog();
  const preview = useAccessPreview(userId);

  return (
    <Drawer open onClose={onClose} title={t('settings.roles.preview.title')} size={1080}>
      <Flex vertical gap={16}>
        <Alert type="info" showIcon title={t('settings.roles.preview.hint')} />
        <MemberSelect
          testId="preview-member"
          value={userId}
          onChange={(id) => onUserChange(id)}
          placeholder={t('settings.roles.preview.member')}
          style={{ width: 360 }}
        />
        {!userId ? null : preview && catalog ? (
          <>
            <PreviewSummary preview={preview} />
            <PreviewGrid subjects={catalog.subjects} preview={preview} />
          </>
        ) : (
          <Skeleton active paragraph={{ rows: 10 }} />
        )}
      </Flex>
    </Drawer>
  );
}

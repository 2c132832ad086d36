import {
  BoldOutlined,
  ClearOutlined,
  FontSizeOutlined,
  ItalicOutlined,
  LinkOutlined,
  OrderedListOutlined,
  UnderlineOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { Button, Flex, Input, Popover, Tooltip, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { safeLinkUrl } from './richtext-html.ts';

/** What the toolbar offers; `link` is asked for in a popover first. */
export type RichTextCommand = 'bold' | 'italic' | 'underline' | 'heading' | 'bullets' | 'numbers' | 'clear';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);
const shortcut = (key: string) => (isMac ? `⌘${key}` : `Ctrl+${key}`);

const buttons: { command: RichTextCommand; icon: ReactNode; labelKey: string; key?: string }[] = [
  { command: 'bold', icon: <BoldOutlined />, labelKey: 'resource.richtext.bold', key: 'B' },
  { command: 'italic', icon: <ItalicOutlined />, labelKey: 'resource.richtext.italic', key: 'I' },
  { command: 'underline', icon: <UnderlineOutlined />, labelKey: 'resource.richtext.underline', key: 'U' },
  { command: 'heading', icon: <FontSizeOutlined />, labelKey: 'resource.richtext.heading' },
  { command: 'bullets', icon: <UnorderedListOutlined />, labelKey: 'resource.richtext.bullets' },
  { command: 'numbers', icon: <OrderedListOutlined />, labelKey: 'resource.richtext.numbers' },
];

/** Keeps the editor's selection when a button is clicked with the mouse (keyboard users get it restored). */
const keepSelection = (event: { preventDefault: () => void }) => event.preventDefault();

/**
 * The rich text widget's toolbar: one tab stop per button, each named and with its shortcut in a tooltip;
 * buttons for the formats at the caret are shown pressed.
 */
export function RichTextToolbar({
  editorId,
  active,
  disabled,
  isLinkOpen,
  onLinkOpenChange,
  onLinkCancel,
  onCommand,
  onLink,
}: {
  editorId: string;
  active: ReadonlySet<RichTextCommand>;
  disabled: boolean;
  isLinkOpen: boolean;
  onLinkOpenChange: (open: boolean) => void;
  /** Escape in the link box: closed, and the focus back in the editor. */
  onLinkCancel: () => void;
  onCommand: (command: RichTextCommand) => void;
  onLink: (href: string) => void;
}) {
  const { t } = useI18n();
  const [address, setAddress] = useState('');
  const [isInvalid, setIsInvalid] = useState(false);
  const apply = () => {
    const href = safeLinkUrl(address);
    if (!href) {
      setIsInvalid(true);
      return;
    }
    setAddress('');
    onLink(href);
  };
  const button = (command: RichTextCommand, icon: ReactNode, label: string) => (
    <Tooltip key={command} title={label}>
      <Button
        type="text"
        size="small"
        icon={icon}
        aria-label={label}
        aria-pressed={active.has(command)}
        className={active.has(command) ? 'tessera-richtext-pressed' : undefined}
        disabled={disabled}
        onMouseDown={keepSelection}
        onClick={() => onCommand(command)}
      />
    </Tooltip>
  );
  const linkLabel = `${t('resource.richtext.link')} (${shortcut('K')})`;
  const linkForm = (
    <Flex vertical gap={4} style={{ width: 300 }}>
      <Flex gap={8}>
        <Input
          autoFocus
          value={address}
          status={isInvalid ? 'error' : undefined}
          placeholder={t('resource.richtext.link.placeholder')}
          aria-label={t('resource.richtext.link')}
          onChange={(event) => {
            setAddress(event.target.value);
            setIsInvalid(false);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onLinkCancel();
          }}
          onPressEnter={(event) => {
            event.preventDefault(); // not a submit of the surrounding form
            apply();
          }}
        />
        <Button type="primary" onClick={apply}>
          {t('resource.richtext.link.apply')}
        </Button>
      </Flex>
      {isInvalid && <Typography.Text type="danger">{t('resource.richtext.link.invalid')}</Typography.Text>}
    </Flex>
  );

  return (
    <Flex
      className="tessera-richtext-toolbar"
      role="toolbar"
      aria-label={t('resource.richtext.toolbar')}
      aria-controls={editorId}
      wrap
      gap={2}
    >
      {buttons.map(({ command, icon, labelKey, key }) =>
        button(command, icon, key ? `${t(labelKey)} (${shortcut(key)})` : t(labelKey)),
      )}
      <Popover
        open={isLinkOpen}
        onOpenChange={(open) => {
          setAddress('');
          setIsInvalid(false);
          onLinkOpenChange(open);
        }}
        trigger="click"
        content={linkForm}
        destroyOnHidden
      >
        <Tooltip title={linkLabel}>
          <Button
            type="text"
            size="small"
            icon={<LinkOutlined />}
            aria-label={linkLabel}
            disabled={disabled}
            onMouseDown={keepSelection}
          />
        </Tooltip>
      </Popover>
      {button('clear', <ClearOutlined />, t('resource.richtext.clear'))}
    </Flex>
  );
}

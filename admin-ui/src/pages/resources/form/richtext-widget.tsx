import type { WidgetProps } from '@rjsf/utils';
import { type KeyboardEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { cleanFragment, cleanHtmlOf } from './richtext-dom.ts';
import { editorValueOf, linkHtml, plainTextToHtml } from './richtext-html.ts';
import { type RichTextCommand, RichTextToolbar } from './richtext-toolbar.tsx';
import './richtext.css';

/*
 * The browser's own editing commands (document.execCommand) do the formatting: deprecated on paper, but
 * what every browser still implements, and enough for 加粗, lists and links without an editor library.
 * What they produce is cleaned (richtext-dom.ts) before it becomes the field's value.
 */
const exec = (command: string, argument?: string) => document.execCommand(command, false, argument);

const isHeadingAtCaret = () => /^h[1-4]$/i.test(document.queryCommandValue('formatBlock'));

const stateCommands = [
  ['bold', 'bold'],
  ['italic', 'italic'],
  ['underline', 'underline'],
  ['bullets', 'insertUnorderedList'],
  ['numbers', 'insertOrderedList'],
] as const;

/** The formats at the caret, for the toolbar's pressed buttons. */
function activeCommands(): Set<RichTextCommand> {
  const active = new Set<RichTextCommand>(
    stateCommands.filter(([, name]) => document.queryCommandState(name)).map(([command]) => command),
  );
  if (isHeadingAtCaret()) active.add('heading');
  return active;
}

function selectRange(range: Range): void {
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === b.size && [...a].every((item) => b.has(item));

/**
 * `'ui:widget': 'richtext'`: an HTML string field written with a toolbar (加粗, 斜体, 下划线, 小标题, lists,
 * links, 清除格式). Pasted and dropped content comes in as plain text; the value is the editor's HTML,
 * cleaned, or "" when nothing is written. The server must still sanitize what it stores.
 */
export function RichTextWidget(props: WidgetProps) {
  const { id, value, disabled, readonly, placeholder, label, rawErrors, onChange, onBlur, onFocus } = props;
  const { t } = useI18n();
  const editorRef = useRef<HTMLDivElement>(null);
  /** The HTML this editor last reported: a value equal to it is our own echo, not a change from outside. */
  const reported = useRef<string | undefined>(undefined);
  const savedRange = useRef<Range | undefined>(undefined);
  const [active, setActive] = useState<ReadonlySet<RichTextCommand>>(new Set());
  const [isLinkOpen, setIsLinkOpen] = useState(false);
  const html = typeof value === 'string' ? value : '';
  const isEditable = !disabled && !readonly;

  // A value from outside (the record loaded, the form reset) replaces the content; our own echo does not,
  // so the caret stays where the user is typing.
  useLayoutEffect(() => {
    const editor = editorRef.current;
    if (!editor || html === reported.current) return;
    editor.replaceChildren(cleanFragment(html));
    reported.current = html;
  }, [html]);

  useEffect(() => {
    const onSelectionChange = () => {
      const editor = editorRef.current;
      const selection = document.getSelection();
      if (!editor || !selection || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      if (!editor.contains(range.commonAncestorContainer)) return;
      savedRange.current = range.cloneRange();
      const next = activeCommands();
      setActive((current) => (sameSet(current, next) ? current : next));
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, []);

  const report = () => {
    const editor = editorRef.current;
    if (!editor) return;
    const next = editorValueOf(cleanHtmlOf(editor));
    if (next === reported.current) return;
    reported.current = next;
    onChange(next);
  };

  /** Back into the editor, where the selection was (a toolbar button or the link box had the focus). */
  const restoreSelection = () => {
    const editor = editorRef.current;
    editor?.focus();
    const range = savedRange.current;
    if (editor && range && editor.contains(range.commonAncestorContainer)) selectRange(range);
  };

  const run = (command: RichTextCommand) => {
    restoreSelection();
    if (command === 'heading') exec('formatBlock', isHeadingAtCaret() ? 'p' : 'h3');
    else if (command === 'bullets') exec('insertUnorderedList');
    else if (command === 'numbers') exec('insertOrderedList');
    else if (command === 'clear') {
      exec('removeFormat');
      exec('unlink');
      if (isHeadingAtCaret()) exec('formatBlock', 'p');
    } else exec(command);
    report();
    setActive(activeCommands());
  };

  const insertLink = (href: string) => {
    setIsLinkOpen(false);
    restoreSelection();
    if (document.getSelection()?.isCollapsed !== false) exec('insertHTML', linkHtml(href));
    else exec('createLink', href);
    report();
  };

  const insertText = (text: string) => {
    if (text) exec('insertHTML', plainTextToHtml(text));
    report();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      setIsLinkOpen(true);
    }
  };

  const classes = [
    'tessera-richtext',
    isEditable ? '' : 'tessera-richtext-disabled',
    rawErrors?.length ? 'tessera-richtext-error' : '',
  ];
  return (
    <div className={classes.filter(Boolean).join(' ')}>
      <RichTextToolbar
        editorId={id}
        active={active}
        disabled={!isEditable}
        isLinkOpen={isLinkOpen}
        onLinkOpenChange={setIsLinkOpen}
        onLinkCancel={() => {
          setIsLinkOpen(false);
          restoreSelection();
        }}
        onCommand={run}
        onLink={insertLink}
      />
      <div className="tessera-richtext-body">
        {editorValueOf(html) === '' && (
          <div className="tessera-richtext-placeholder">{placeholder || t('resource.richtext.placeholder')}</div>
        )}
        <div
          id={id}
          ref={editorRef}
          className="tessera-richtext-area"
          data-testid="richtext-editor"
          role="textbox"
          aria-multiline="true"
          aria-label={label || undefined}
          aria-invalid={rawErrors?.length ? true : undefined}
          aria-readonly={isEditable ? undefined : true}
          contentEditable={isEditable}
          suppressContentEditableWarning
          tabIndex={isEditable ? 0 : -1}
          onFocus={() => {
            // Enter starts a <p>, which the sanitizer keeps, not a <div>, which it would unwrap into one line.
            exec('defaultParagraphSeparator', 'p');
            onFocus(id, html);
          }}
          onBlur={() => onBlur(id, reported.current ?? html)}
          onInput={report}
          onKeyDown={onKeyDown}
          onPaste={(event) => {
            event.preventDefault();
            insertText(event.clipboardData.getData('text/plain'));
          }}
          onDrop={(event) => {
            event.preventDefault();
            const range = document.caretRangeFromPoint?.(event.clientX, event.clientY);
            if (range) selectRange(range);
            insertText(event.dataTransfer.getData('text/plain'));
          }}
        />
      </div>
    </div>
  );
}

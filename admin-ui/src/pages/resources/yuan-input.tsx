import { InputNumber } from 'antd';
import { type CSSProperties, useState } from 'react';
import { fenToYuanText, yuanTextToFen } from '../../format/format-fen.ts';

const textOf = (fen: number | undefined) => (fen === undefined ? '' : fenToYuanText(fen));

/**
 * An amount typed in yuan, held as integer fen (`¥12.30` ↔ 1230). What the person types stays as typed;
 * the value changes only when the text is an amount with at most two decimals.
 */
export function YuanInput({
  value,
  onChange,
  id,
  placeholder,
  disabled,
  onBlur,
  onPressEnter,
  style,
}: {
  value: number | undefined;
  onChange: (fen: number | undefined) => void;
  id?: string;
  placeholder?: string;
  disabled?: boolean;
  onBlur?: () => void;
  onPressEnter?: () => void;
  style?: CSSProperties;
}) {
  const [text, setText] = useState(() => textOf(value));
  const [shown, setShown] = useState(value);
  // A value set from outside (a reset, a loaded record) replaces the text; our own changes do not.
  if (value !== shown) {
    setShown(value);
    if (yuanTextToFen(text) !== value) setText(textOf(value));
  }

  const onText = (next: string | null) => {
    const typed = next ?? '';
    setText(typed);
    const fen = typed.trim() === '' ? undefined : yuanTextToFen(typed);
    if (typed.trim() !== '' && fen === undefined) return;
    setShown(fen);
    onChange(fen);
  };

  return (
    <InputNumber<string>
      id={id}
      stringMode
      controls={false}
      prefix="¥"
      value={text}
      placeholder={placeholder}
      disabled={disabled}
      onChange={onText}
      onBlur={() => {
        setText(textOf(shown));
        onBlur?.();
      }}
      onPressEnter={onPressEnter}
      style={{ width: '100%', ...style }}
    />
  );
}

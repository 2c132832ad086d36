import type { WidgetProps } from '@rjsf/utils';
import { Flex, Image, Input } from 'antd';
import { useI18n } from '../../../i18n/use-i18n.ts';

const isWebAddress = (value: unknown): value is string => typeof value === 'string' && /^https?:\/\/\S+$/i.test(value);

/**
 * `x-widget: 'image-url'`: a picture given by its web address, shown once it is one. There is no file
 * storage to upload to yet, so people paste the address of an image they host elsewhere.
 */
export function ImageUrlWidget({ id, value, disabled, readonly, placeholder, onChange, onBlur }: WidgetProps) {
  const { t } = useI18n();
  return (
    <Flex vertical gap={8}>
      <Input
        id={id}
        type="url"
        inputMode="url"
        value={typeof value === 'string' ? value : ''}
        disabled={disabled || readonly}
        placeholder={placeholder || t('forms.widget.image-url.placeholder')}
        onChange={(event) => onChange(event.target.value || undefined)}
        onBlur={() => onBlur(id, value)}
      />
      {isWebAddress(value) ? <Image src={value} alt="" width={120} height={90} style={{ objectFit: 'cover' }} /> : null}
    </Flex>
  );
}

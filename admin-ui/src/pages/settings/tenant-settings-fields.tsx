import { tenantUpdate } from '@tessera/schemas/tenant';
import { Col, Form, Input, Row, Select } from 'antd';
import { useMemo } from 'react';
import { currencyOptions } from '../../format/currency-options.ts';
import { timeZoneOptions } from '../../format/time-zone-options.ts';
import { localeNames, supportedLocales } from '../../i18n/locale.ts';
import { useI18n } from '../../i18n/use-i18n.ts';

const half = { xs: 24, lg: 12 };
// Limits come from the schema the server validates PATCH /api/tenant with.
const limits = tenantUpdate.properties;

function searchLabel(input: string, option?: { label?: string }): boolean {
  return (option?.label ?? '').toLowerCase().includes(input.toLowerCase());
}

/** The tenant settings fields, two columns on wide screens. */
export function TenantSettingsFields() {
  const { t, locale } = useI18n();
  const zones = useMemo(() => timeZoneOptions(locale), [locale]);
  const currencies = useMemo(() => currencyOptions(locale), [locale]);
  const locales = supportedLocales.map((value) => ({ value, label: localeNames[value] }));

  return (
    <Row gutter={24}>
      <Col {...half}>
        <Form.Item
          name="name"
          label={t('settings.tenant.name')}
          rules={[{ required: true, whitespace: true, message: t('settings.tenant.name.required') }]}
        >
          <Input maxLength={limits.name.maxLength} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item
          name="logoUrl"
          label={t('settings.tenant.logo-url')}
          rules={[{ pattern: new RegExp(limits.logoUrl.pattern), message: t('settings.tenant.logo-url.invalid') }]}
        >
          <Input placeholder="https://" maxLength={limits.logoUrl.maxLength} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="contactName" label={t('settings.tenant.contact-name')}>
          <Input maxLength={limits.contactName.maxLength} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item
          name="contactPhone"
          label={t('settings.tenant.contact-phone')}
          rules={[
            { pattern: new RegExp(limits.contactPhone.pattern), message: t('settings.tenant.contact-phone.invalid') },
          ]}
        >
          <Input maxLength={limits.contactPhone.maxLength} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item
          name="contactEmail"
          label={t('settings.tenant.contact-email')}
          rules={[{ type: 'email', message: t('settings.tenant.contact-email.invalid') }]}
        >
          <Input maxLength={limits.contactEmail.maxLength} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="address" label={t('settings.tenant.address')}>
          <Input maxLength={limits.address.maxLength} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="timeZone" label={t('settings.tenant.time-zone')} rules={[{ required: true }]}>
          <Select options={zones} showSearch={{ filterOption: searchLabel }} data-testid="time-zone-select" />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="currency" label={t('settings.tenant.currency')} rules={[{ required: true }]}>
          <Select options={currencies} showSearch={{ filterOption: searchLabel }} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="locale" label={t('settings.tenant.locale')} rules={[{ required: true }]}>
          <Select options={locales} />
        </Form.Item>
      </Col>
    </Row>
  );
}

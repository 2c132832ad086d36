import { displayName, email, mobile, password } from '@tessera/schemas/common';
import type { FormItemProps } from 'antd';

type Rule = NonNullable<FormItemProps['rules']>[number];

// Same limits as the server's schemas, so most mistakes are caught before the request.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const mobilePattern = new RegExp(mobile.pattern);

export const minPasswordLength = password.minLength;
export const maxPasswordLength = password.maxLength;
export const maxDisplayNameLength = displayName.maxLength;
export const maxEmailLength = email.maxLength;

/** A login is an e-mail when it has an @, otherwise a mobile number. */
export function isEmailLogin(login: string): boolean {
  return login.includes('@');
}

export function loginRules(t: (key: string) => string): Rule[] {
  return [
    { required: true, whitespace: true, message: t('auth.field.login.required') },
    {
      validator: async (_rule, value: string | undefined) => {
        const login = value?.trim() ?? '';
        if (!login) return;
        const isValid = isEmailLogin(login) ? emailPattern.test(login) : mobilePattern.test(login);
        if (!isValid) throw new Error(t('auth.field.login.invalid'));
      },
    },
  ];
}

export function passwordRules(t: (key: string, vars?: Record<string, number>) => string): Rule[] {
  return [
    { required: true, message: t('auth.field.password.required') },
    { min: minPasswordLength, message: t('auth.field.password.too-short', { min: minPasswordLength }) },
  ];
}

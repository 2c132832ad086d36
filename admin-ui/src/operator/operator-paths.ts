/** The operator console's pages, under /operator (separate from the companies' shell and session). */
export const operatorPaths = {
  signIn: '/operator/sign-in',
  tenants: '/operator/tenants',
  listings: '/operator/listings',
  payments: '/operator/payments',
  entitlements: '/operator/entitlements',
  revenue: '/operator/revenue',
  auditLog: '/operator/audit-log',
} as const;

/** The platform's time zone: revenue months and the console's times are read in it. */
export const platformTimeZone = 'Asia/Shanghai';

/** The app login role the tests create and serve requests with (never a superuser). */
export const testAppRole = { user: 'tessera_app_test', password: 'tessera-app-test-password' } as const;

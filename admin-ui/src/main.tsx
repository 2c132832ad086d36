import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import './global.css';
import { I18nProvider } from './i18n/i18n-provider.tsx';
import { registerCoreMenu } from './menu/core-menu.tsx';
import { createAppRouter } from './router/create-app-router.tsx';
import { SessionProvider } from './session/session-provider.tsx';

// Plugin admin-ui entries register their menu groups, entries and messages next to the core ones,
// before the router is created from the registry.
registerCoreMenu();
const router = createAppRouter();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <I18nProvider>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </I18nProvider>
  </StrictMode>,
);

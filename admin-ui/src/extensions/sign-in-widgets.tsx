import { type ComponentType, type LazyExoticComponent, lazy, Suspense, useEffect, useState } from 'react';
import { PluginErrorBoundary } from './plugin-error-boundary.tsx';
import type { SignInWidgetProps } from './plugin-ui-entry.ts';
import { listSignInWidgets, loadSignInWidget } from './plugin-ui-registry.ts';
import './sign-in-widgets.css';

const Nothing = () => null;

// One lazy component per sign-in widget for the app's lifetime, as plugin-component.tsx keeps pages.
const components = new Map<string, LazyExoticComponent<ComponentType<SignInWidgetProps>>>();

function signInWidget(plugin: string, key: string): LazyExoticComponent<ComponentType<SignInWidgetProps>> {
  const id = `${plugin}/${key}`;
  let component = components.get(id);
  if (!component) {
    component = lazy(async () => ({ default: (await loadSignInWidget(plugin, key)) ?? Nothing }));
    components.set(id, component);
  }
  return component;
}

/**
 * Every plugin's sign-in widgets (`signInWidgets` of its UI entry) for the company `tenant`. Before
 * sign-in a failing or loading widget shows nothing rather than an error box: each sits in its own
 * boundary, so the sign-in form is never hurt by a plugin.
 */
export function PluginSignInWidgets({ tenant }: SignInWidgetProps) {
  const [found, setFound] = useState<{ plugin: string; key: string }[]>([]);
  useEffect(() => {
    let isCurrent = true;
    void listSignInWidgets().then((list) => isCurrent && setFound(list));
    return () => {
      isCurrent = false;
    };
  }, []);

  return (
    <div className="tessera-sign-in-widgets">
      {found.map(({ plugin, key }) => {
        const Widget = signInWidget(plugin, key);
        return (
          <PluginErrorBoundary key={`${plugin}/${key}/${tenant}`} fallback={null}>
            <Suspense fallback={null}>
              <Widget tenant={tenant} />
            </Suspense>
          </PluginErrorBoundary>
        );
      })}
    </div>
  );
}

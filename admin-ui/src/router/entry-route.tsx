import { type ComponentType, Suspense } from 'react';
import { PageSkeleton } from '../components/page-skeleton.tsx';
import type { MenuEntry } from '../menu/menu-registry.ts';
import { ForbiddenPage } from '../pages/errors/error-page.tsx';
import { useSession } from '../session/use-session.ts';

/** A page the menu would hide is also closed by URL: the same `visible` rule decides both. */
export function EntryRoute({ entry, page: Page }: { entry: MenuEntry; page: ComponentType }) {
  const session = useSession();
  if (!entry.visible(session)) return <ForbiddenPage />;
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Page />
    </Suspense>
  );
}

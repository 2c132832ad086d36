import { useEffect } from 'react';

/** Names the browser tab after the page, so tabs and bookmarks are told apart. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} - Tessera` : 'Tessera';
  }, [title]);
}

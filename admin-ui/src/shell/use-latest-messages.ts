import { useCallback, useEffect, useState } from 'react';
import { listMessages, type MessageView } from '../api/messages-api.ts';
import { useShowProblem } from '../hooks/use-show-problem.tsx';

const shown = 10;

/** Unread first, each group newest first (the server already answers newest first). */
function unreadFirst(messages: readonly MessageView[]): MessageView[] {
  return [...messages.filter((m) => m.status === 'unread'), ...messages.filter((m) => m.status !== 'unread')];
}

/**
 * The latest messages for the bell's drawer, read afresh each time it opens; `undefined` while loading.
 * `replace` puts a changed message (e.g. just read) in place of the old one.
 */
export function useLatestMessages(open: boolean) {
  const showProblem = useShowProblem();
  const [messages, setMessages] = useState<MessageView[] | undefined>(undefined);

  useEffect(() => {
    if (!open) return;
    // an answer that arrives after the drawer closed (or reopened) is dropped
    let current = true;
    listMessages({ page: 1, pageSize: shown, sort: '-createdAt' })
      .then((page) => {
        if (current) setMessages(unreadFirst(page.items));
      })
      .catch((error: unknown) => {
        if (!current) return;
        setMessages([]);
        showProblem(error);
      });
    return () => {
      current = false;
      setMessages(undefined);
    };
  }, [open, showProblem]);

  const replace = useCallback((changed: MessageView) => {
    setMessages((current) => current?.map((m) => (m.id === changed.id ? changed : m)));
  }, []);

  return { messages, replace };
}

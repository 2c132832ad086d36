import { Typography } from 'antd';

/** The server's words for a control's problem, right under it. */
export function ProblemText({ messages }: { messages: string[] | undefined }) {
  if (!messages || messages.length === 0) return null;
  return (
    <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid="builder-problem">
      {messages.join('; ')}
    </Typography.Text>
  );
}

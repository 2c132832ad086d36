import { SMTPServer } from 'smtp-server';
import { freePort } from './free-port.ts';

export interface ReceivedMail {
  /** Envelope sender and recipients, as the SMTP session gave them. */
  readonly from: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  /** The whole message as sent (headers and every MIME part), for mails with attachments. */
  readonly raw: string;
}

/** A real SMTP server on a free local port that keeps every mail it is given, for the e-mail tests. */
export interface SmtpSink {
  readonly url: string;
  readonly received: ReceivedMail[];
  close(): Promise<void>;
}

/** Listens on `port`, or on a free one. */
export async function startSmtpSink(port?: number): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const envelope = session.envelope;
        received.push({
          from: envelope.mailFrom ? envelope.mailFrom.address : '',
          to: envelope.rcptTo.map((address) => address.address),
          ...parseMail(Buffer.concat(chunks).toString('latin1')),
          raw: Buffer.concat(chunks).toString('latin1'),
        });
        done();
      });
    },
  });
  const listenOn = port ?? (await freePort());
  await new Promise<void>((listening, failed) => {
    server.once('error', failed);
    server.listen(listenOn, '127.0.0.1', () => listening());
  });
  return { url: `smtp://127.0.0.1:${listenOn}`, received, close: () => new Promise((closed) => server.close(() => closed())) };
}

/** The subject and plain-text body of a single-part message (what the notification mail is). */
function parseMail(raw: string): { subject: string; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(headers)?.[1]?.trim() ?? '';
  const body = raw.slice(split + 4);
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const bytes =
    encoding === 'base64'
      ? Buffer.from(body, 'base64')
      : encoding === 'quoted-printable'
        ? quotedPrintableBytes(body.replace(/=\r\n/g, ''))
        : Buffer.from(body, 'latin1');
  return { subject: decodeEncodedWords(header('Subject')), text: bytes.toString('utf8') };
}

function quotedPrintableBytes(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text[i] === '=' ? /^[0-9A-F]{2}$/i.exec(text.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(Number.parseInt(hex[0], 16));
      i += 2;
    } else bytes.push(text.charCodeAt(i));
  }
  return Buffer.from(bytes);
}

/** RFC 2047 `=?UTF-8?B?…?=` / `=?UTF-8?Q?…?=` words; adjacent words join (a character may span two). */
function decodeEncodedWords(value: string): string {
  return value.replace(/(?:=\?[^?]+\?[BbQq]\?[^?]*\?=\s*)+/g, (run) => {
    const parts = [...run.matchAll(/=\?[^?]+\?([BbQq])\?([^?]*)\?=/g)].map(([, kind, text = '']) =>
      kind?.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : quotedPrintableBytes(text.replace(/_/g, ' ')),
    );
    return `${Buffer.concat(parts).toString('utf8')}${/\s$/.test(run) ? ' ' : ''}`;
  });
}

/**
 * @module
 * A real SMTP server on 127.0.0.1 (smtp-server, no TLS, no auth needed) that
 * keeps each message parsed by mailparser, and can answer the next messages
 * with an SMTP error code (4xx transient, 5xx permanent).
 */
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpSink {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  /** Every message accepted, parsed, with its envelope recipients. */
  messages: Array<ParsedMail & { envelopeTo: string[] }>;
  /** The next `count` messages are refused with `code` (e.g. 451 or 550). */
  refuseNext(count: number, code: number): void;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: SmtpSink['messages'] = [];
  const refusals: number[] = [];
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const refusal = refusals.shift();
        if (refusal !== undefined) {
          const error = Object.assign(new Error(`Planned refusal ${refusal}`), {
            responseCode: refusal,
          });
          callback(error);
          return;
        }
        simpleParser(Buffer.concat(chunks)).then(
          (parsed) => {
            const envelopeTo = session.envelope.rcptTo.map((r) => r.address);
            messages.push(Object.assign(parsed, { envelopeTo }));
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    refuseNext(count, code) {
      for (let i = 0; i < count; i++) refusals.push(code);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

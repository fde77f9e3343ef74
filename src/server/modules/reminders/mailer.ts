/** Sending e-mail: one small interface, so the reminders never depend on a transport. */
import { createTransport } from 'nodemailer';

export interface Mailer {
  /** Resolves when the server accepted the message; rejects with the server's or the network's error. */
  send(to: string, subject: string, text: string): Promise<void>;
  /** Closes pooled connections (server shutdown). */
  close?(): void;
}

/**
 * An SMTP mailer from a connection URL (smtp://user:pass@host:587, smtps://… for TLS from the
 * first byte). Timeouts are short so a reminder pass does not hang on an unreachable server;
 * parameters in the URL's query (e.g. ?connectionTimeout=60000) still override them.
 */
export function createSmtpMailer(url: string, from: string): Mailer {
  const transport = createTransport({ url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 }, { from });
  return {
    async send(to, subject, text) {
      await transport.sendMail({ to, subject, text });
    },
    close() {
      transport.close();
    },
  };
}

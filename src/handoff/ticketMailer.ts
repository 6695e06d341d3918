// Sends a ticket's answer to the customer by email over SMTP (nodemailer), within bounded time: a
// server that is down or slow fails the attempt in seconds, never hangs an agent's request.
// nodemailer loads only when mail is configured.

export interface MailSettings {
  /** e.g. smtp://user:pass@mail.example.com:587 or smtps://…:465 */
  readonly url: string;
  /** The From address, e.g. "Acme Support <support@example.com>". */
  readonly from: string;
}

export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

export interface TicketMailer {
  /** Resolves when the server accepted the mail; rejects with the server's reason otherwise. */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

const TIMEOUT_MS = 5000;

export function createTicketMailer(settings: MailSettings): TicketMailer {
  const { createTransport } = require('nodemailer') as typeof import('nodemailer');
  const transport = createTransport({ url: settings.url, connectionTimeout: TIMEOUT_MS, greetingTimeout: TIMEOUT_MS, socketTimeout: 2 * TIMEOUT_MS });
  return {
    send: async (mail) => {
      await transport.sendMail({ from: settings.from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close: () => transport.close(),
  };
}

import { createTransport } from 'nodemailer';
import type { MailTransport } from './mail';

/**
 * Sends through the SMTP server of SMTP_URL (smtp://user:pass@host:port, or smtps:// for TLS
 * from the first byte; smtp:// upgrades with STARTTLS when the server offers it). Timeouts are
 * short so that an unreachable server fails the attempt well within the outbox lease.
 */
export function smtpTransport(url: string): MailTransport {
  const transporter = createTransport({ url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 });
  return {
    async send(message) {
      await transporter.sendMail(message);
    },
    close: () => transporter.close(),
  };
}

import nodemailer from 'nodemailer';
import type { Bericht } from './berichten';

/** Hands one mail to an SMTP server; rejects when the server does not accept it. */
export interface MailTransport {
  send(bericht: Bericht): Promise<void>;
  close(): void;
}

/**
 * SMTP through nodemailer. The URL carries host, port, credentials and TLS (smtps://, or ?requireTLS=true for
 * STARTTLS); nodemailer reads further options from its query string. Short time-outs: the worker tries again later.
 */
export function smtpTransport(url: string, from: string): MailTransport {
  // What the URL says (host, port, TLS, credentials, query options) wins over these defaults.
  const transporter = nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 }, { from });
  return {
    async send(bericht) {
      await transporter.sendMail({ from, to: bericht.to, subject: bericht.subject, text: bericht.text });
    },
    close() {
      transporter.close();
    },
  };
}

/**
 * What may be stored and logged about a failure: nodemailer's error code and the SMTP reply code
 * (e.g. "EENVELOPE 550"), never the reply's text, which may quote an address.
 */
export function errorCode(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown';
  const { code, responseCode } = error as Error & { code?: unknown; responseCode?: unknown };
  const parts = [typeof code === 'string' && /^[A-Z_]{2,30}$/.test(code) ? code : error.name];
  if (typeof responseCode === 'number') parts.push(String(responseCode));
  return parts.join(' ');
}

/**
 * @module
 * Whether e-mail notifications can go out, and if not, what to set.
 */
import type { Config } from '../config.js';

/**
 * Null when SMTP_URL and MAIL_FROM are both set; otherwise the sentence
 * saying what is missing (shown in the API and logged at start).
 *
 * @example
 * emailProblem(config); // 'SMTP_URL is not set: e-mail notifications are off. Set SMTP_URL ...'
 */
export function emailProblem(config: Pick<Config, 'mail'>): string | null {
  const missing = [
    ...(config.mail.smtpUrl ? [] : ['SMTP_URL']),
    ...(config.mail.from ? [] : ['MAIL_FROM']),
  ];
  if (missing.length === 0) return null;
  const names = missing.join(' and ');
  return `${names} ${missing.length > 1 ? 'are' : 'is'} not set: e-mail notifications are off. Set SMTP_URL (e.g. smtp://user:pass@mail.example.com:587) and MAIL_FROM (e.g. "Ringflow <ringflow@example.com>").`;
}

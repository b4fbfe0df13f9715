import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('a bad setting', () => {
  it('is named by its variable, with what is wrong in words', () => {
    const load = () =>
      loadConfig({
        PORT: 'eighty',
        SMTP_URL: 'ftp://mail.example.com',
        TRUST_PROXY: 'yes',
        OUTBOX_CONCURRENCY: '100',
        RINGFLOW_MEDIA_SECRET: 'short',
      });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(
      [
        'Invalid configuration:',
        '  PORT: Must be a number, not "eighty"',
        '  SMTP_URL: Must be an smtp:// or smtps:// URL',
        '  TRUST_PROXY: Must be one of "0", "1", "true", "false", "", not "yes"',
        '  OUTBOX_CONCURRENCY: Must be at most 64',
        '  RINGFLOW_MEDIA_SECRET: Must have at least 16 characters',
      ].join('\n'),
    );
  });
});

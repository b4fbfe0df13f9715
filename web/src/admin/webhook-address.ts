/**
 * What is wrong with the server's public address for Twilio, or null: Twilio
 * calls it from the internet, so a local address never receives a call.
 *
 * @example
 * addressProblem('http://localhost:8080/webhooks/twilio/voice'); // 'These addresses are on this machine: ...'
 */
export function addressProblem(url: string): string | null {
  const { protocol, hostname } = new URL(url);
  if (/^(localhost|127\.|0\.0\.0\.0|\[::1\]|.*\.local$)/.test(hostname))
    return 'These addresses are on this machine: Twilio cannot reach them. Set PUBLIC_BASE_URL on the server to the public HTTPS address Twilio calls, and restart it.';
  if (protocol !== 'https:')
    return 'These addresses are plain HTTP: calls and texts would cross the internet unencrypted. Set PUBLIC_BASE_URL on the server to an HTTPS address, and restart it.';
  return null;
}

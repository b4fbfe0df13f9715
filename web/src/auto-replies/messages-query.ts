/**
 * The query of GET /messages for the message log's filters.
 *
 * @example
 * messagesQuery({ numberId: 'n1', contact: ' +14155550123 ' }); // '/messages?limit=50&numberId=n1&contact=%2B14155550123'
 */
export function messagesQuery(filters: { numberId: string; contact: string }, limit = 50): string {
  const params = new URLSearchParams({ limit: String(limit) });
  if (filters.numberId) params.set('numberId', filters.numberId);
  const contact = filters.contact.trim();
  if (contact) params.set('contact', contact);
  return `/messages?${params}`;
}

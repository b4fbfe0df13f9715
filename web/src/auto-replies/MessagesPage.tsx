import '../admin/admin.css';
import './auto-replies.css';
import { type FormEvent, useState } from 'react';
import type { NumbersReply } from '../admin/types.js';
import { api } from '../api/client.js';
import { Field } from '../ui/Field.js';
import { LoadFailure } from '../ui/LoadFailure.js';
import { ErrorBox, Loading, Page } from '../ui/status.js';
import { useResource } from '../ui/use-resource.js';
import { MessageRow } from './MessageRow.js';
import { messagesQuery } from './messages-query.js';
import { SendTextForm } from './SendTextForm.js';
import type { Message, MessagesReply } from './types.js';

/** Every text in and out, newest first, with what each incoming text set off; and a text to send. */
export function MessagesPage() {
  const [filters, setFilters] = useState({ numberId: '', contact: '' });
  const [contactInput, setContactInput] = useState('');
  const query = messagesQuery(filters);
  const messages = useResource(`messages:${query}`, () => api<MessagesReply>('GET', query));
  const numbers = useResource('numbers', () => api<NumbersReply>('GET', '/numbers'));
  const numberList = numbers.data?.numbers ?? [];
  const numberName = (m: Message) =>
    numberList.find((n) => n.id === m.numberId)?.name ?? m.business;
  const list = messages.data?.messages ?? [];

  const applyContact = (event: FormEvent) => {
    event.preventDefault();
    setFilters({ ...filters, contact: contactInput.trim() });
  };
  const filtered = Boolean(filters.numberId || filters.contact);

  return (
    <Page title="Messages">
      <p className="muted page-intro">
        Texts from contacts, from the team and from auto-replies. Opening an incoming text's
        auto-replies shows what each rule decided.
      </p>
      <LoadFailure what="the numbers to send from" resource={numbers} />
      {numbers.data && (
        <SendTextForm
          numbers={numberList}
          onSent={(m) => messages.set({ messages: [m, ...list] })}
        />
      )}
      <form className="card filters" onSubmit={applyContact} aria-label="Filters">
        <Field label="Number">
          <select
            value={filters.numberId}
            onChange={(e) => setFilters({ ...filters, numberId: e.target.value })}
          >
            <option value="">All numbers</option>
            {numberList.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name} ({n.number})
              </option>
            ))}
          </select>
        </Field>
        <Field label="Contact">
          <input
            value={contactInput}
            placeholder="+14155550123"
            onChange={(e) => setContactInput(e.target.value)}
          />
        </Field>
        <button type="submit">Filter</button>
        {filtered && (
          <button
            type="button"
            className="ghost"
            onClick={() => {
              setContactInput('');
              setFilters({ numberId: '', contact: '' });
            }}
          >
            Clear
          </button>
        )}
      </form>
      {messages.error ? <ErrorBox error={messages.error} retry={messages.reload} /> : null}
      {messages.loading && !messages.data && <Loading what="messages" />}
      {messages.data && list.length === 0 && (
        <div className="card empty">No messages {filtered ? 'match these filters' : 'yet'}.</div>
      )}
      {list.length > 0 && (
        <table className="list messages" aria-label="Messages">
          <thead>
            <tr>
              <th>Time</th>
              <th>Way</th>
              <th>Contact</th>
              <th>Text</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {list.map((m) => (
              <MessageRow key={m.id} message={m} numberName={numberName(m)} />
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}

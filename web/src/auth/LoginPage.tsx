import { useState } from 'react';
import { Field } from '../ui/Field.js';
import { useFormSubmit } from '../ui/use-form-submit.js';
import { useSession } from './session.js';

export function LoginPage() {
  const login = useSession((s) => s.login);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormSubmit({
    send: () => login(email, password),
    // The server's message names the field; it is shown above the button.
    shows: () => false,
  });
  const { busy, failure: error } = form;

  return (
    <main className="login">
      <form className="card login-card" onSubmit={form.submit} aria-label="Sign in">
        <h1 className="brand">Ringflow</h1>
        <p className="muted">Sign in to design your call flows.</p>
        <Field label="Email">
          <input
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </Field>
        <Field label="Password">
          <input
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}

// The teacher's login: name and password (POST /api/auth/login sets the session cookie). A refusal is
// said in words, in an alert, and the focus stays in the form.
import { type FormEvent, useState } from 'react';
import { type ApiClient, ApiRequestError } from '../api/api-client.ts';
import { logIn } from '../api/teacher-api.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

export function LoginForm({ api, onLoggedIn }: { api: ApiClient; onLoggedIn(): void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    logIn(api, name, password).then(onLoggedIn, (failure: unknown) => {
      setBusy(false);
      setError(
        failure instanceof ApiRequestError
          ? (t.teacher.loginErrors[failure.code] ?? failure.message)
          : t.results.requestFailed(String(failure)),
      );
    });
  };

  return (
    <form className="login-form" onSubmit={submit} aria-labelledby="login-title">
      <h1 id="login-title">{t.teacher.loginTitle}</h1>
      <label htmlFor="teacher-name">{t.teacher.name}</label>
      <input
        id="teacher-name"
        name="username"
        autoComplete="username"
        required
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <label htmlFor="teacher-password">{t.teacher.password}</label>
      <input
        id="teacher-password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t.teacher.loggingIn : t.teacher.logIn}
      </button>
    </form>
  );
}

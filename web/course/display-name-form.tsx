// The learner's display name, as printed on their attestation (PATCH /api/me). Optional: left empty, the
// attestation keeps a blank line to write the name by hand.
import { type FormEvent, useId, useState } from 'react';
import type { ApiClient } from '../api/api-client.ts';
import { saveDisplayName } from '../api/me-api.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

export interface DisplayNameFormProps {
  api: ApiClient;
  displayName: string | null;
  onSaved(displayName: string | null): void;
}

export function DisplayNameForm({ api, displayName, onSaved }: DisplayNameFormProps) {
  const { t } = useI18n();
  const id = useId();
  const [value, setValue] = useState(displayName ?? '');
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState('');

  const save = (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setMessage('');
    saveDisplayName(api, value.trim() === '' ? null : value)
      .then(
        (me) => {
          setValue(me.displayName ?? '');
          setMessage(t.attestation.nameSaved);
          onSaved(me.displayName);
        },
        (error: unknown) =>
          setMessage(t.attestation.nameFailed(error instanceof Error ? error.message : String(error))),
      )
      .finally(() => setSaving(false));
  };

  return (
    <form className="display-name-form" onSubmit={save}>
      <label htmlFor={`${id}-name`}>{t.attestation.nameLabel}</label>
      <p id={`${id}-hint`} className="form-hint">
        {t.attestation.nameHint}
      </p>
      <div className="form-row">
        <input
          id={`${id}-name`}
          aria-describedby={`${id}-hint`}
          value={value}
          maxLength={60}
          autoComplete="name"
          onChange={(event) => setValue(event.target.value)}
        />
        <button type="submit" disabled={saving}>
          {t.attestation.saveName}
        </button>
      </div>
      <p role="status" className="form-status">
        {message}
      </p>
    </form>
  );
}

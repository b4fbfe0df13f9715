import { type FormEvent, useState } from 'react';
import { Field } from '../admin/Field.js';
import { FormFooter } from '../admin/FormFooter.js';
import { fieldErrorsOf, messageOf } from '../admin/field-errors.js';
import type { Greeting } from './types.js';
import { GREETING_ACCEPT, nameFromFile, uploadProblem } from './upload-check.js';
import { createGreeting } from './upload-greeting.js';

/**
 * Uploads an MP3 or WAV as a new greeting. A file over 10 MB is refused at
 * once, in the server's words; the server's own refusal (not audio, too
 * long) is shown under the file.
 */
export function UploadGreeting({
  onSaved,
  onCancel,
}: {
  onSaved(greeting: Greeting): void;
  onCancel(): void;
}) {
  const [name, setName] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The name made from the last file: replaced by the next file's, unless the admin typed one.
  const [madeName, setMadeName] = useState('');

  const choose = (chosen: File | null) => {
    setFailure(null);
    setFile(chosen);
    const problem = chosen ? uploadProblem(chosen) : null;
    setErrors(problem ? { file: problem } : {});
    if (chosen && !problem && (!name.trim() || name === madeName)) {
      const made = nameFromFile(chosen.name);
      setName(made);
      setMadeName(made);
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setErrors({ file: 'file is required: choose an MP3 or WAV file' });
      return;
    }
    const problem = uploadProblem(file);
    if (problem) {
      setErrors({ file: problem });
      return;
    }
    setBusy(true);
    setErrors({});
    setFailure(null);
    try {
      onSaved(await createGreeting(name.trim(), 'upload', file, file.name));
    } catch (e) {
      const fields = fieldErrorsOf(e);
      setErrors(fields);
      if (Object.keys(fields).length === 0) setFailure(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="upload-greeting"
      aria-label="Upload a greeting"
      onSubmit={(e) => void submit(e)}
    >
      <Field label="Audio file" error={errors.file} hint="MP3 or WAV, at most 10 MB and 5 minutes.">
        <input
          type="file"
          accept={GREETING_ACCEPT}
          onChange={(e) => choose(e.target.files?.[0] ?? null)}
        />
      </Field>
      <Field label="Name" error={errors.name}>
        <input
          required
          maxLength={100}
          value={name}
          placeholder="Main greeting"
          onChange={(e) => setName(e.target.value)}
        />
      </Field>
      <FormFooter failure={failure} busy={busy} saveLabel="Upload" onCancel={onCancel} />
    </form>
  );
}

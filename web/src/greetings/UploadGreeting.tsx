import { useState } from 'react';
import { Field } from '../ui/Field.js';
import { FormFooter } from '../ui/FormFooter.js';
import { useFormSubmit } from '../ui/use-form-submit.js';
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
  const form = useFormSubmit({
    check: (): Record<string, string> => {
      if (!file) return { file: 'file is required: choose an MP3 or WAV file' };
      const problem = uploadProblem(file);
      return problem ? { file: problem } : {};
    },
    send: () =>
      file
        ? createGreeting(name.trim(), 'upload', file, file.name)
        : Promise.reject(new Error('No file')),
    onSent: onSaved,
  });
  const { errors } = form;
  // The name made from the last file: replaced by the next file's, unless the admin typed one.
  const [madeName, setMadeName] = useState('');

  const choose = (chosen: File | null) => {
    form.clearFailure();
    setFile(chosen);
    const problem = chosen ? uploadProblem(chosen) : null;
    form.setErrors((): Record<string, string> => (problem ? { file: problem } : {}));
    if (chosen && !problem && (!name.trim() || name === madeName)) {
      const made = nameFromFile(chosen.name);
      setName(made);
      setMadeName(made);
    }
  };
  return (
    <form
      className="upload-greeting"
      aria-label="Upload a greeting"
      onSubmit={(e) => void form.submit(e)}
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
      <FormFooter failure={form.failure} busy={form.busy} saveLabel="Upload" onCancel={onCancel} />
    </form>
  );
}

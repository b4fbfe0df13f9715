import { Download } from 'lucide-react';

/** The whole workspace as a ZIP, for the owner. */
export function ExportSection({ owner }: { owner: boolean }) {
  return (
    <section className="card settings-section" aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <p className="muted small-text">
        The whole workspace as one ZIP archive, voicemail recordings and greetings included (see
        docs/data.md for what is inside).
      </p>
      {owner ? (
        <a className="button" href="/api/export" download>
          <Download size={14} aria-hidden="true" /> Download export (ZIP)
        </a>
      ) : (
        <p className="banner">Only the workspace owner can export the data.</p>
      )}
    </section>
  );
}

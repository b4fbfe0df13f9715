/**
 * Saves `text` as a file the browser downloads.
 *
 * @example
 * downloadText('demo.scenarios.json', JSON.stringify({ scenarios }, null, 2));
 */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  // Attached while clicked: some browsers ignore a click on a detached link.
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Hands a downloaded file to the browser's save dialog under the given name. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; the URL can go once the event has been handled.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

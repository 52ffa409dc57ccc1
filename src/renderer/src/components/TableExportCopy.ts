/**
 * Puts text on the clipboard from a click. The copy command comes first: it needs no permission
 * (Electron's session refuses every permission request, the clipboard's too) and runs inside the
 * click, where Chromium allows it. Where the command does not copy, the asynchronous Clipboard
 * API is tried. Resolves to whether the text was copied.
 */
export async function copyText(text: string): Promise<boolean> {
  const done = { copied: false };
  const onCopy = (e: ClipboardEvent) => {
    if (!e.clipboardData) return;
    e.clipboardData.setData('text/plain', text);
    e.preventDefault();
    done.copied = true;
  };
  document.addEventListener('copy', onCopy, true);
  try {
    // execCommand is deprecated, yet the one way to write the clipboard without a permission
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', onCopy, true);
  }
  if (done.copied) return true;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

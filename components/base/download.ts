/**
 * Offers a text made in the page (a calendar file, a CSV table) as a download: a `Blob` URL on a
 * temporary link, clicked, then revoked. One mechanism for every element that offers a file.
 * Returns false where the page cannot (no `URL.createObjectURL`, a sandbox that refuses it).
 */
export function downloadText(host: Element, filename: string, text: string, type: string): boolean {
  try {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = host.ownerDocument.createElement('a');
    a.href = url;
    a.download = filename;
    a.hidden = true;
    // In the page: a link outside any document is not followed by every browser. In the element's
    // own shadow root when it has one, so the page's tree is not touched.
    (host.shadowRoot ?? host.ownerDocument.body).append(a);
    a.click();
    a.remove();
    // After the click's task: revoking at once can cancel the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 0);
    return true;
  } catch (e) {
    console.warn(`cityweave: <${host.localName}> could not offer ${filename} for download.`, e);
    return false;
  }
}

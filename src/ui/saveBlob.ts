// Saving a Blob as a download: a temporary object URL and a link click (no server round trip).

/** Saves a blob under `name` through a temporary link (the URL is released after the download has started). */
export function saveBlob(blob: Blob, name: string, doc: Document = document, revokeAfterMs = 30_000): void {
  const url = URL.createObjectURL(blob);
  try {
    const link = doc.createElement("a");
    link.href = url;
    link.download = name;
    link.rel = "noopener";
    link.style.display = "none";
    doc.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), revokeAfterMs);
  }
}

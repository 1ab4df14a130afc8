// What the Office Open XML writers (xlsx, docx) share: text made safe for XML 1.0, and the zip
// container stamped with the report's date instead of the time of writing.
/** Characters XML 1.0 forbids (C0 controls but tab and line breaks, U+FFFE/FFFF, lone surrogates):
 *  a workbook holding one does not open, so they are dropped. */
export const xmlSafe = (s: string): string =>
  s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');

/** The zip container stamps each part with the time of writing; stamp them with the report's
 *  date instead, so the same records give byte-identical workbooks (and Word documents). */
export async function stampZip(bytes: Uint8Array, date: Date, rewrite: (name: string, text: string) => string = (_, t) => t): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files);
  const out = new JSZip();
  for (const name of names) {
    const file = zip.files[name]!;
    if (file.dir) continue;
    const content = name.endsWith('.xml') ? rewrite(name, await file.async('string')) : await file.async('uint8array');
    out.file(name, content, { date, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

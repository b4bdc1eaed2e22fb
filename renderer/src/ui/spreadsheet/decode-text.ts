/**
 * Bytes of a csv file → text. Excel and Statistics Denmark write UTF-8 (often with a BOM) or, in
 * older Danish setups, Windows-1252; a file that is not valid UTF-8 is read as Windows-1252, which
 * maps every byte, so "Område" comes out right either way.
 */
export function decodeCsvText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes); // drops a UTF-8 BOM
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

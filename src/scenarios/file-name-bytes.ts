/**
 * File names as the file system holds them: bytes, which on Linux need not
 * be UTF-8. Node reads a folder's names as UTF-8 and puts U+FFFD in place of
 * bytes that are not, so a name read that way names a file that does not
 * exist; the folder is read as bytes instead, and such a name is reported as
 * what it is.
 */

const strict = new TextDecoder('utf-8', { fatal: true });

/** The name as text when its bytes are UTF-8; null when they are not. */
export function utf8Name(bytes: Uint8Array): string | null {
  try {
    return strict.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The name with each byte that is not part of a UTF-8 character written as
 * `\xNN`: `bad\xFF.yaml`. UTF-8 is prefix-free, so the shortest slice that
 * decodes at a position is the character there.
 */
export function nameWithByteEscapes(bytes: Uint8Array): string {
  let text = '';
  let at = 0;
  while (at < bytes.length) {
    let length = 1;
    let character: string | null = null;
    for (; length <= 4 && at + length <= bytes.length; length += 1) {
      character = utf8Name(bytes.subarray(at, at + length));
      if (character !== null) break;
    }
    if (character === null) {
      text += `\\x${(bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
      at += 1;
    } else {
      text += character;
      at += length;
    }
  }
  return text;
}

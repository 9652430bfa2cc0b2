/**
 * Whether `text` takes more than `limitBytes` bytes in UTF-8, decided without
 * encoding it (and without Buffer, so the geometry code stays pure): the
 * count stops as soon as the limit is passed.
 */
export function utf8SizeExceeds(text: string, limitBytes: number): boolean {
  // Each UTF-16 unit encodes to 1 to 3 bytes, which settles most texts at once.
  if (text.length > limitBytes) return true;
  if (text.length * 3 <= limitBytes) return false;
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    // A surrogate pair is one code point of 4 bytes: 2 for each half.
    else if (unit >= 0xd800 && unit <= 0xdfff) bytes += 2;
    else bytes += 3;
    if (bytes > limitBytes) return true;
  }
  return false;
}

/** Ranges of `text` no longer than about `size` characters, cut at line breaks or spaces when possible. */
export function chunkRanges(text: string, size: number): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const head = text.slice(start, end);
      const cut = Math.max(
        head.lastIndexOf('\n'),
        head.lastIndexOf('. '),
        head.lastIndexOf('? '),
        head.lastIndexOf('! '),
      );
      if (cut > size / 2) end = start + cut + 1;
      else {
        const space = head.lastIndexOf(' ');
        if (space > size / 2) end = start + space + 1;
      }
      // Never cut a surrogate pair in half.
      const code = text.charCodeAt(end - 1);
      if (code >= 0xd800 && code <= 0xdbff) end += 1;
    }
    ranges.push({ start, end });
    start = end;
  }
  return ranges;
}

// Offsets for the outside world. Inside the workbench every offset counts
// UTF-16 code units (JavaScript strings, the editor, the stored selectors);
// the W3C Web Annotation model counts Unicode code points ("MUST be in terms
// of unicode code points ... not in terms of code units"), so an emoji is 2 in
// here and 1 out there, and every offset after one shifts. Exports convert at
// the boundary with this; nothing inside changes unit.

/**
 * A converter from UTF-16 offsets in `text` to code-point offsets. It notes
 * where the surrogate pairs are once (O(n)), so each conversion is a binary
 * search: an export of a thousand claims does not rescan the text for each.
 * A lone surrogate counts as one code point, as JavaScript's string iterator has it.
 */
export function codePointOffsets(text: string): (utf16Offset: number) => number {
  // The UTF-16 index of the low half of each pair: each is one code unit with no code point of its own.
  const lowHalves: number[] = [];
  for (let i = 1; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) {
      const previous = text.charCodeAt(i - 1);
      if (previous >= 0xd800 && previous <= 0xdbff) lowHalves.push(i);
    }
  }
  return (utf16Offset) => {
    // Low halves before the offset: the offset counts them as units, a code point count does not.
    let low = 0;
    let high = lowHalves.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (lowHalves[mid] < utf16Offset) low = mid + 1;
      else high = mid;
    }
    return utf16Offset - low;
  };
}

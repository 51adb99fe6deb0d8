// The one way JSON-LD leaves the workbench. Its consumers paste it into
// <script type="application/ld+json"> blocks, where the HTML parser ends the
// block at the first "</script" whatever JSON thinks is a string: a statement
// holding "</script><script>..." would run as script on the publishing page.
// JSON.stringify never escapes < > &, so they are written as \u003c-style
// escapes (the same string once parsed); U+2028/U+2029 too, which older
// JavaScript parsers treat as line ends inside string literals.
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/** JSON text of `value` (indented by `space`, as JSON.stringify) that is safe inside an HTML script block. */
export function serializeJsonLd(value: object, space?: number): string {
  // Only string contents can hold these characters, and JSON never writes them
  // as part of an escape, so replacing each one keeps the text valid JSON.
  return JSON.stringify(value, null, space).replace(UNSAFE_IN_SCRIPT, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

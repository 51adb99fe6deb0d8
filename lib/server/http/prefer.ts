// The Prefer request header (RFC 7240) as Linked Data Platform clients send it
// to choose what a container's answer holds (LDP 7.2, the W3C annotation
// protocol 4.2): `return=representation; include="<IRI> <IRI>"`. A server may
// ignore preferences, so anything unreadable here is simply no preference.

/** Splits at `separator` where it is not inside a quoted string. */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (char === separator && !quoted) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

/** `name=value` or `name="value"` (blanks around "=" allowed, RFC 7240's BWS), the name in lower case. */
function nameAndValue(part: string): [string, string] {
  const at = part.indexOf('=');
  if (at < 0) return [part.trim().toLowerCase(), ''];
  const value = part.slice(at + 1).trim();
  return [part.slice(0, at).trim().toLowerCase(), value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value];
}

/** The IRIs `return=representation` asks to include, in order; empty when the header asks for none. */
export function preferredIncludes(header: string | null): string[] {
  if (!header) return [];
  const includes: string[] = [];
  for (const preference of splitOutsideQuotes(header, ',')) {
    const [token, ...parameters] = splitOutsideQuotes(preference, ';');
    const [name, value] = nameAndValue(token);
    if (name !== 'return' || value.toLowerCase() !== 'representation') continue;
    for (const parameter of parameters) {
      const [key, iris] = nameAndValue(parameter);
      if (key === 'include') includes.push(...iris.split(/\s+/).filter(Boolean));
    }
  }
  return includes;
}

// The zod that every schema shared with the browser (lib/validation, lib/domain)
// is built with. In the browser zod is told not to compile its parsers with
// `new Function`: the app's Content-Security-Policy forbids eval, and zod's
// probe for it (made when an object schema is created) is reported as a CSP
// violation on every page that holds a schema. The server keeps the compiled
// parsers: no CSP applies there, and they are the faster ones.
import { z } from 'zod';

if (typeof window !== 'undefined') z.config({ jitless: true });

export { z };

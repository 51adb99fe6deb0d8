// What a request to an annotation container asks for: a page (`?page=N`,
// counted from 0) or the container's description, and which view of the list,
// from the view's IRI (`?iris=1`) or, on the container, the Prefer header
// (protocol 4.2). A malformed page number or view is 400; a page past the last
// is the service's 404.
import { AppError } from '@/lib/domain/errors';
import type { AnnotationContainerView } from '@/lib/domain/publication/public-urls';
import { preferredIncludes } from '../http/prefer';

export const PREFER_CONTAINED_IRIS = 'http://www.w3.org/ns/oa#PreferContainedIRIs';
export const PREFER_CONTAINED_DESCRIPTIONS = 'http://www.w3.org/ns/oa#PreferContainedDescriptions';
export const PREFER_MINIMAL_CONTAINER = 'http://www.w3.org/ns/ldp#PreferMinimalContainer';

export interface ContainerRequest {
  /** null: the container's description */
  page: number | null;
  view: AnnotationContainerView;
  /** the description alone, its first page linked rather than embedded */
  minimal: boolean;
  /** a preference of the Prefer header was followed (the answer says so in Preference-Applied) */
  preferenceApplied: boolean;
}

function single(params: URLSearchParams, name: string): string | null {
  const values = params.getAll(name);
  if (values.length > 1) throw new AppError('BAD_REQUEST', `Give ${name} once`);
  return values[0] ?? null;
}

/** A page number as the page IRIs write it: 0, 1, 2, ... (no sign, no leading zeros); too large to count is past the last page. */
function pageNumber(value: string | null): number | null {
  if (value === null) return null;
  if (!/^(0|[1-9][0-9]*)$/.test(value)) throw new AppError('BAD_REQUEST', 'page must be a page number: 0, 1, 2, ...');
  return Number(value);
}

export function readContainerRequest(req: Request): ContainerRequest {
  const params = new URL(req.url).searchParams;
  const page = pageNumber(single(params, 'page'));
  const iris = single(params, 'iris');
  if (iris !== null && iris !== '1') throw new AppError('BAD_REQUEST', 'iris must be 1 (the list of IRIs), or left out (the annotations)');
  // A page's IRI already says which view it belongs to, so the protocol has
  // clients send Prefer to the container only, and pages do not read it.
  const includes = page === null ? preferredIncludes(req.headers.get('prefer')) : [];
  const wantsIris = includes.includes(PREFER_CONTAINED_IRIS);
  const wantsDescriptions = includes.includes(PREFER_CONTAINED_DESCRIPTIONS);
  // Both at once is a client's mistake the protocol forbids; the default answers it.
  const preferred: AnnotationContainerView | null = wantsIris === wantsDescriptions ? null : wantsIris ? 'iris' : 'descriptions';
  const minimal = includes.includes(PREFER_MINIMAL_CONTAINER);
  return {
    page,
    view: iris === '1' ? 'iris' : (preferred ?? 'descriptions'),
    minimal,
    preferenceApplied: minimal || (iris === null && preferred !== null),
  };
}

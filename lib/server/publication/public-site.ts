// Who publishes and where: the settings every public output names (the public
// pages, ClaimReview, the feed, the sitemap, W3C annotation IRIs, the
// exports). README "Publishing" lists them; `npm start` warns while the
// organisation is still the default.

export interface PublicSite {
  /** absolute base URL of this workbench, no trailing slash */
  appUrl: string;
  /** the fact-checking organisation, ClaimReview's author */
  organization: { name: string; url: string | null };
}

export const DEFAULT_ORGANIZATION_NAME = 'Fact-check desk';

/** APP_URL, else NEXTAUTH_URL, else the request's own origin. */
export function publicSite(requestOrigin?: string, env: NodeJS.ProcessEnv = process.env): PublicSite {
  return {
    appUrl: (env.APP_URL || env.NEXTAUTH_URL || requestOrigin || 'http://localhost:3000').replace(/\/+$/, ''),
    organization: { name: env.ORGANIZATION_NAME || DEFAULT_ORGANIZATION_NAME, url: env.ORGANIZATION_URL || null },
  };
}

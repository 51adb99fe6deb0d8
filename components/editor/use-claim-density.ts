'use client';

// How the workbench lists claims: "compact" (one line each, the open claim a
// full card; the default) or "full" (every card open). The choice is the
// person's and stays with their browser, like a reader's setting in
// Hypothesis' sidebar.
import { useBrowserSetting } from '@/components/ui/use-browser-setting';

export type ClaimDensity = 'compact' | 'full';

const parseDensity = (raw: string | null): ClaimDensity => (raw === 'full' ? 'full' : 'compact');

export function useClaimDensity(): [ClaimDensity, (density: ClaimDensity) => void] {
  return useBrowserSetting<ClaimDensity>('workbench.claimDensity', parseDensity, 'compact');
}

'use client';

// How strong a suggestion must be to be underlined in the article text (the
// list shows them all). The reader's choice, kept in their browser like the
// claim density; what it selects is lib/domain/claim-finder/underline.ts.
import { useCallback } from 'react';
import { DEFAULT_UNDERLINE_PERCENT, parseUnderlinePercent } from '@/lib/domain/claim-finder/underline';
import { useBrowserSetting } from '@/components/ui/use-browser-setting';

export function useUnderlinePercent(): [number, (percent: number) => void] {
  const [percent, choose] = useBrowserSetting('workbench.suggestionUnderlinePercent', parseUnderlinePercent, DEFAULT_UNDERLINE_PERCENT);
  // Whatever the control hands in is kept only as a percent the rule accepts.
  const chooseValid = useCallback((next: number) => choose(parseUnderlinePercent(String(next))), [choose]);
  return [percent, chooseValid];
}

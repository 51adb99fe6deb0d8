'use client';

// Loads one API resource for a component: again whenever the path or the
// reload key changes, not at all while the path is null (a closed panel, an
// inactive card), and never into a component that has since moved on (an
// answer to an older request is dropped).
import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { callApi, describeError, routePath } from '@/lib/api-client';
import type { JsonRouteKey, RouteAnswer, RouteRequest } from '@/lib/server/contract/types';

export interface ApiGet<T> {
  data: T | null;
  error: string | null;
  /** for the component's own changes (a posted reply), as React's state setter */
  setData: Dispatch<SetStateAction<T | null>>;
}

/**
 * `key` is a GET route (null: load nothing), `request` its parameters.
 * `failure` opens the error message ("Could not load the history"). With
 * `initial`, the data is already there: the first load is skipped.
 */
export function useApiGet<K extends Extract<JsonRouteKey, `GET ${string}`>>(
  key: K | null,
  request: RouteRequest<K>,
  failure: string,
  reloadKey?: unknown,
  initial?: RouteAnswer<K>,
): ApiGet<RouteAnswer<K>> {
  // The address stands for the request: a new one loads again, the same one does not.
  const path = key === null ? null : routePath(key, request);
  const [data, setData] = useState<RouteAnswer<K> | null>(initial ?? null);
  const [error, setError] = useState<string | null>(null);
  const skip = useRef(initial !== undefined);

  useEffect(() => {
    if (path === null) return;
    if (skip.current) {
      skip.current = false;
      return;
    }
    let live = true;
    callApi('GET', path)
      .then((result) => {
        if (!live) return;
        setData(result as RouteAnswer<K>);
        setError(null);
      })
      .catch((e: unknown) => {
        if (live) setError(`${failure}: ${describeError(e)}`);
      });
    return () => {
      live = false;
    };
  }, [path, failure, reloadKey]);

  return { data, error, setData };
}

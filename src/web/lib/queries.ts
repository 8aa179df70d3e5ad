import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from './api-client';
import type { QueryOf } from './api-client';

/** A page of results as every list endpoint returns it. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** The API's largest page; the programme has tens of regions and twinnings, not thousands. */
const allOnOnePage = 200;

export function useAllRegions() {
  return useQuery({
    queryKey: ['regions', 'all'],
    queryFn: () => dataOf(api.GET('/api/regions', { params: { query: { pageSize: allOnOnePage, sort: 'name' } } })),
  });
}

export function useRegion(id: string) {
  return useQuery({
    queryKey: ['regions', id],
    queryFn: () => dataOf(api.GET('/api/regions/{id}', { params: { path: { id } } })),
  });
}

export function useTwinnings(regionId?: string) {
  return useQuery({
    queryKey: ['twinnings', regionId ?? 'all'],
    queryFn: () => dataOf(api.GET('/api/twinnings', { params: { query: { regionId, pageSize: allOnOnePage } } })),
  });
}

export function useOpportunities(query: QueryOf<'/api/opportunities'>) {
  return useQuery({
    queryKey: ['opportunities', 'list', query],
    queryFn: () => dataOf(api.GET('/api/opportunities', { params: { query } })),
    // Keep the old results on screen while the next search runs, instead of flashing "loading".
    placeholderData: (previous) => previous,
  });
}

export function useOpportunity(id: string) {
  return useQuery({
    queryKey: ['opportunities', id],
    queryFn: () => dataOf(api.GET('/api/opportunities/{id}', { params: { path: { id } } })),
  });
}

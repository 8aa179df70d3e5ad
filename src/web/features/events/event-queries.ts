import { useQuery } from '@tanstack/react-query';
import { localDay, localTime } from '../../../shared/event-time';
import { api, dataOf } from '../../lib/api-client';

export const enc = encodeURIComponent;

export const useEvent = (id: string) =>
  useQuery({ queryKey: ['events', id], queryFn: () => dataOf(api.GET('/api/events/{id}', { params: { path: { id } } })) });

export const useRegistrations = (eventId: string) =>
  useQuery({
    queryKey: ['events', eventId, 'registrations'],
    queryFn: () => dataOf(api.GET('/api/events/{id}/registrations', { params: { path: { id: eventId } } })),
  });

/** "2030-01-15 09:00–09:20": a slot as wall-clock times in the event's time zone. */
export const slotTime = (start: string, end: string, zone: string) => `${localDay(start, zone)} ${localTime(start, zone)}–${localTime(end, zone)}`;

/** The public project summaries (the project picker and the event's "part of" link); the same cache as the projects list. */
export const useProjectSummaries = (enabled = true) =>
  useQuery({ queryKey: ['projects', 'list', undefined], queryFn: () => dataOf(api.GET('/api/projects')), enabled });

import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ProjectList } from '../../../core/projects/api';
import type { EventDetail, RegistrationList } from '../../../shared/api/index';
import { localDay, localTime } from '../../../shared/event-time';
import { api } from '../../lib/api-client';

export const enc = encodeURIComponent;

export const useEvent = (id: string) => useQuery({ queryKey: ['events', id], queryFn: () => api.get<EventDetail>(`/events/${enc(id)}`) });

export const useRegistrations = (eventId: string) =>
  useQuery({
    queryKey: ['events', eventId, 'registrations'],
    queryFn: () => api.get<z.infer<typeof RegistrationList>>(`/events/${enc(eventId)}/registrations`),
  });

/** "2030-01-15 09:00–09:20": a slot as wall-clock times in the event's time zone. */
export const slotTime = (start: string, end: string, zone: string) => `${localDay(start, zone)} ${localTime(start, zone)}–${localTime(end, zone)}`;

/** The public project summaries (the project picker and the event's "part of" link); the same cache as the projects list. */
export const useProjectSummaries = (enabled = true) =>
  useQuery({ queryKey: ['projects', 'list', undefined], queryFn: () => api.get<z.infer<typeof ProjectList>>('/projects'), enabled });

import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { CaseQuery, TaskQuery } from '../../api/cases.endpoints';

/** Cases and tasks in the staff member's scope: keys start with 'workbench' so that logging out drops them. */
export const staffCaseQueries = {
  all: () => ['workbench', 'cases'] as const,
  allTasks: () => ['workbench', 'tasks'] as const,
  list: (query: CaseQuery) =>
    queryOptions({
      queryKey: ['workbench', 'cases', 'list', query],
      queryFn: ({ signal }) => api.listCases(query, signal),
      staleTime: 0,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: ['workbench', 'cases', 'detail', id],
      queryFn: ({ signal }) => api.getCase(id, signal),
      staleTime: 0,
    }),
  timeline: (id: string) =>
    queryOptions({
      queryKey: ['workbench', 'cases', 'timeline', id],
      queryFn: ({ signal }) => api.getCaseTimeline(id, signal),
      staleTime: 0,
    }),
  tasks: (query: TaskQuery) =>
    queryOptions({
      queryKey: ['workbench', 'tasks', 'list', query],
      queryFn: ({ signal }) => api.listTasks(query, signal),
      staleTime: 0,
    }),
  tasksElsewhere: () =>
    queryOptions({
      queryKey: ['workbench', 'tasks', 'elsewhere'],
      queryFn: ({ signal }) => api.getTasksElsewhere(signal),
      staleTime: 0,
    }),
  task: (id: string) =>
    queryOptions({
      queryKey: ['workbench', 'tasks', 'detail', id],
      queryFn: ({ signal }) => api.getTask(id, signal),
      staleTime: 0,
    }),
};

export const staffCasePath = (id: string) => `/workbench/cases/${encodeURIComponent(id)}`;
export const taskPath = (id: string) => `/workbench/tasks/${encodeURIComponent(id)}`;

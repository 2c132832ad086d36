import type { DepartmentCreate, DepartmentList, DepartmentUpdate, DepartmentView } from '@tessera/schemas';
import { apiRequest } from './api-request.ts';

export type { DepartmentView } from '@tessera/schemas';

const departmentPath = (id: string) => `/api/departments/${encodeURIComponent(id)}`;

/** The whole tree as a flat list, parents before children. */
export function listDepartments(): Promise<DepartmentList> {
  return apiRequest<DepartmentList>('/api/departments');
}

export function createDepartment(body: DepartmentCreate): Promise<DepartmentView> {
  return apiRequest<DepartmentView>('/api/departments', { method: 'POST', body });
}

export function updateDepartment(id: string, body: DepartmentUpdate): Promise<DepartmentView> {
  return apiRequest<DepartmentView>(departmentPath(id), { method: 'PATCH', body });
}

/** Refused (409) while the department still has sub-departments or members. */
export function deleteDepartment(id: string): Promise<void> {
  return apiRequest<void>(departmentPath(id), { method: 'DELETE' });
}

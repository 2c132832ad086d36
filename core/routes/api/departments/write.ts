import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { departmentCreate, departmentUpdate, departmentView } from '@tessera/schemas/access';
import { idParams } from '@tessera/schemas/common';
import { v7 as uuidv7 } from 'uuid';
import {
  DepartmentCycleError,
  DepartmentNameTakenError,
  DepartmentNotEmptyError,
  UnknownDepartmentError,
} from '../../../access/access-errors.ts';
import { Department } from '../../../access/entities/department.ts';
import { audit, changedFields } from '../../../audit/write-audit.ts';
import { NotFoundError } from '../../../http/core-errors.ts';
import { defineRoutes } from '../../../sdk/index.ts';

const record = (d: Department) => ({ name: d.name, parentId: d.parentId ?? null, sortOrder: d.sortOrder });
const parentProblem = { fieldProblems: [{ pointer: '/body/parentId', code: 'unknown-department', message: 'parentId' }] };

async function memberCount(em: EntityManager, id: string): Promise<number> {
  const [row] = await em.execute<{ n: number }[]>('SELECT count(*)::int AS n FROM department_members WHERE department_id = ?', [id]);
  return row?.n ?? 0;
}

async function flushNamed(em: EntityManager, name: string): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new DepartmentNameTakenError({ name });
    throw error;
  }
}

export default defineRoutes(async (app) => {
  app.post(
    '/',
    {
      schema: { tags: ['departments'], summary: 'Create a department', body: departmentCreate, response: { 201: departmentView } },
      config: { access: { action: 'create', subject: 'Department' } },
    },
    async (req, reply) => {
      const tenantId = req.principal?.tenantId ?? '';
      const parentId = req.body.parentId ?? null;
      if (parentId && !(await req.em.count(Department, { id: parentId }))) {
        throw new UnknownDepartmentError({}, parentProblem);
      }
      const department = req.em.create(Department, {
        tenantId,
        id: uuidv7(),
        parentId,
        name: req.body.name.trim(),
        sortOrder: req.body.sortOrder ?? 0,
      });
      await flushNamed(req.em, department.name);
      await audit(req, {
        action: 'department.create',
        subject: 'Department',
        recordId: department.id,
        changes: changedFields(null, record(department), ['name', 'parentId', 'sortOrder']),
      });
      reply.code(201);
      return { id: department.id, ...record(department), memberCount: 0 };
    },
  );

  app.patch(
    '/:id',
    {
      schema: {
        tags: ['departments'],
        summary: 'Rename or move a department',
        params: idParams,
        body: departmentUpdate,
        response: { 200: departmentView },
      },
      config: { access: { action: 'update', subject: 'Department' } },
    },
    async (req) => {
      const department = await req.em.findOne(Department, { id: req.params.id });
      if (!department) throw new NotFoundError({ resource: 'department' });
      const before = record(department);
      if (req.body.parentId !== undefined && req.body.parentId !== department.parentId) {
        const parentId = req.body.parentId;
        if (parentId) {
          if (!(await req.em.count(Department, { id: parentId }))) throw new UnknownDepartmentError({}, parentProblem);
          const [cycle] = await req.em.execute<{ found: boolean }[]>(
            `WITH RECURSIVE below AS (SELECT id FROM departments WHERE id = ?
               UNION SELECT d.id FROM departments d JOIN below b ON d.parent_id = b.id)
             SELECT EXISTS (SELECT 1 FROM below WHERE id = ?) AS found`,
            [department.id, parentId],
          );
          if (cycle?.found) throw new DepartmentCycleError({});
        }
        department.parentId = parentId;
      }
      if (req.body.name !== undefined) department.name = req.body.name.trim();
      if (req.body.sortOrder !== undefined) department.sortOrder = req.body.sortOrder;
      await flushNamed(req.em, department.name);
      await audit(req, {
        action: 'department.update',
        subject: 'Department',
        recordId: department.id,
        changes: changedFields(before, record(department), ['name', 'parentId', 'sortOrder']),
      });
      app.tokenCache.invalidateTenant(department.tenantId);
      return { id: department.id, ...record(department), memberCount: await memberCount(req.em, department.id) };
    },
  );

  app.delete(
    '/:id',
    {
      schema: { tags: ['departments'], summary: 'Delete an empty department', params: idParams },
      config: { access: { action: 'delete', subject: 'Department' } },
    },
    async (req, reply) => {
      const department = await req.em.findOne(Department, { id: req.params.id });
      if (!department) throw new NotFoundError({ resource: 'department' });
      const children = await req.em.count(Department, { parentId: department.id });
      if (children > 0 || (await memberCount(req.em, department.id)) > 0) throw new DepartmentNotEmptyError({});
      req.em.remove(department);
      await req.em.flush();
      await audit(req, {
        action: 'department.delete',
        subject: 'Department',
        recordId: department.id,
        changes: changedFields(record(department), null, ['name', 'parentId', 'sortOrder']),
      });
      reply.code(204);
      return null;
    },
  );
});

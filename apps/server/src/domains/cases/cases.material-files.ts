import type { RequestContext } from '../../platform/actor';
import { createCaseCore, requireTaskScope } from './cases.core';
import type { CasesDeps } from './cases.deps';
import { casesErrors } from './cases.errors';
import { createCasesRepository, type CaseRow } from './cases.repository';

export type MaterialFile = { fileName: string; mediaType: string; size: number; content: Buffer };

/** What the data subject reads in 我的数据使用记录 when staff open a file of their case. */
export const MATERIAL_VIEW_PURPOSE = '办件审查：查看申请材料';

/**
 * The files behind a case's materials, for the staff who decide on them and for the applicant.
 * A staff view is a use of the applicant's data: it is logged in their data-use log (who, when,
 * which case, which material) before the bytes leave.
 */
export function createMaterialFileUseCases(deps: CasesDeps) {
  const { db, registries } = deps;
  const core = createCaseCore(deps);

  async function fileOf(context: RequestContext, row: CaseRow, materialKey: string): Promise<MaterialFile> {
    const material = row.materials.find((m) => m.key === materialKey);
    if (!material) throw casesErrors.materialNotFound(materialKey);
    if (!material.file) throw casesErrors.materialFileMissing(materialKey);
    const upload = await createCasesRepository(db).findUpload(material.file.sha256);
    if (!upload) throw casesErrors.materialFileMissing(materialKey);
    if (context.actor.kind === 'staff')
      await registries.recordDataUse(context, {
        subjectType: row.applicantKind,
        subjectId: row.applicantId,
        purpose: MATERIAL_VIEW_PURPOSE,
        caseId: row.id,
        fields: [material.name],
      });
    return {
      fileName: material.file.fileName,
      mediaType: upload.mediaType,
      size: upload.size,
      content: upload.content,
    };
  }

  return {
    /** A material's file of a case the caller sees (applicant, filer, staff in scope, agent under a mandate). */
    async caseMaterialFile(context: RequestContext, caseId: string, materialKey: string): Promise<MaterialFile> {
      const row = await core.requireVisible(context, await createCasesRepository(db).findCase(caseId), caseId);
      return fileOf(context, row, materialKey);
    },

    /** The same from a task: staff of the task's department (or a joint one) within the region. */
    async taskMaterialFile(context: RequestContext, taskId: string, materialKey: string): Promise<MaterialFile> {
      const repo = createCasesRepository(db);
      const task = await repo.findTask(taskId);
      if (!task) throw casesErrors.taskNotFound(taskId);
      requireTaskScope(context, 'task:read', task);
      const row = await repo.findCase(task.caseId);
      if (!row) throw casesErrors.taskNotFound(taskId);
      return fileOf(context, row, materialKey);
    },
  };
}

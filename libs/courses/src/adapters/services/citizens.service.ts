import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { looksLikeCpr, type AccessScope, DomainError } from '@cti/domain';
import { writeAuditEvent } from '@cti/audit';
import { bumpDataVersion } from '@cti/cohorts';
import { ensurePseudonym, lockRegister } from '../repository/register-evaluations';
import { municipalityToWrite, registerFilter, requireReadableFilter } from '../register-scope';

export interface CitizenView {
  id: number;
  pseudonym: string;
  municipalityCode: number;
  courses: number;
}

/** Citizens of the municipality registers, under pseudonym only: never a name, never a CPR number. */
@Injectable()
export class CitizensService {
  constructor(private readonly dataSource: DataSource) {}

  async create(scope: AccessScope, pseudonym: string, municipalityCode?: number): Promise<CitizenView> {
    const code = municipalityToWrite(scope, municipalityCode);
    if (looksLikeCpr(pseudonym)) throw new DomainError('invalid', 'citizen.looks_like_cpr');
    return this.dataSource.transaction(async (em) => {
      const evaluation = await lockRegister(em, code);
      const id = await ensurePseudonym(em, 'citizen', evaluation.id, pseudonym.trim());
      await bumpDataVersion(em, evaluation.id);
      await writeAuditEvent(em, scope, { action: 'citizen.create', municipalityCode: code, target: `citizen ${id}` });
      return (await this.list(scope, code, em)).find((c) => c.id === id)!;
    });
  }

  /** `em`: the caller's transaction, if any; the audit row goes through it too (a second connection would wait on it). */
  async list(scope: AccessScope, municipalityCode?: number, em: EntityManager = this.dataSource.manager): Promise<CitizenView[]> {
    await requireReadableFilter(em, scope, 'citizen.list', municipalityCode);
    const params: unknown[] = [];
    let where = `WHERE true${registerFilter(scope, 're.evaluation_id', params)}`;
    if (municipalityCode !== undefined) where += ` AND re.municipality_code = $${params.push(municipalityCode)}`;
    const rows = (await em.query(`
      SELECT ci.id, ci.pseudonym, re.municipality_code AS "municipalityCode", count(c.id)::int AS courses
      FROM citizen ci JOIN register_evaluation re ON re.evaluation_id = ci.evaluation_id LEFT JOIN course c ON c.citizen_id = ci.id
      ${where} GROUP BY ci.id, re.municipality_code ORDER BY re.municipality_code, ci.pseudonym`, params)) as CitizenView[];
    await writeAuditEvent(em, scope, { action: 'citizen.list', municipalityCode: municipalityCode ?? null, target: `${rows.length} citizens` });
    return rows.map((r) => ({ ...r, municipalityCode: Number(r.municipalityCode) }));
  }
}

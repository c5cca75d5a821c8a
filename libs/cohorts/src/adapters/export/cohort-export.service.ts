import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, type CohortBundle, type InstrumentDefinition } from '@cti/domain';
import { writeBundle } from '../../bundle';
import { DEFAULT_EVALUATION, findEvaluation } from '../import/evaluations';
import { readStoredCohort } from '../import/existing-cohort';
import { loadInstrumentRegistry } from '../registry/instrument-registry';

export interface StoredBundle {
  evaluation: string;
  bundle: CohortBundle;
  instruments: InstrumentDefinition[];
}

/** Reads an evaluation back out as a cohort bundle: the import's inverse, so import → export → import is lossless. */
@Injectable()
export class CohortExportService {
  constructor(private readonly dataSource: DataSource) {}

  async load(slug = DEFAULT_EVALUATION): Promise<StoredBundle> {
    const em = this.dataSource.manager;
    const evaluation = await findEvaluation(em, slug);
    if (!evaluation) throw new DomainError('not_found', 'evaluation.not_found', { slug });
    const registry = await loadInstrumentRegistry(em);
    const stored = await readStoredCohort(em, evaluation.id, registry);
    return { evaluation: slug, bundle: stored.bundle, instruments: registry.instruments };
  }

  /** Writes the bundle's CSV files into `dir`; returns their names. */
  async exportTo(dir: string, slug = DEFAULT_EVALUATION): Promise<string[]> {
    const { bundle, instruments } = await this.load(slug);
    return writeBundle(bundle, instruments, dir);
  }
}

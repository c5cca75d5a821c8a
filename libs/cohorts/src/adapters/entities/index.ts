import { CitizenEntity } from './citizen.entity';
import { ContactEntity } from './contact.entity';
import { CostLineEntity } from './cost-line.entity';
import { CourseEntity } from './course.entity';
import { EvaluationEntity } from './evaluation.entity';
import { FocusAreaEntity } from './focus-area.entity';
import { ImportBatchEntity } from './import-batch.entity';
import { ImportChangeEntity } from './import-change.entity';
import { InstrumentItemEntity } from './instrument-item.entity';
import { InstrumentScoreEntity } from './instrument-score.entity';
import { InstrumentEntity } from './instrument.entity';
import { MeasurementValueEntity } from './measurement-value.entity';
import { MeasurementEntity } from './measurement.entity';
import { MunicipalityEntity } from './municipality.entity';
import { WorkerEntity } from './worker.entity';

export {
  CitizenEntity, ContactEntity, CostLineEntity, CourseEntity, EvaluationEntity, FocusAreaEntity, ImportBatchEntity, ImportChangeEntity,
  InstrumentEntity, InstrumentItemEntity, InstrumentScoreEntity, MeasurementEntity, MeasurementValueEntity, MunicipalityEntity, WorkerEntity,
};

export const COHORT_ENTITIES = [
  MunicipalityEntity, InstrumentEntity, InstrumentItemEntity, InstrumentScoreEntity, EvaluationEntity, CitizenEntity, WorkerEntity,
  CourseEntity, MeasurementEntity, MeasurementValueEntity, CostLineEntity, ContactEntity, FocusAreaEntity, ImportBatchEntity, ImportChangeEntity,
];

import { Entity } from 'typeorm';
import { PseudonymEntity } from './pseudonym.entity';

/** A CTI worker (CTI-medarbejder) by pseudonym: the unit of caseload and fidelity. */
@Entity('worker')
export class WorkerEntity extends PseudonymEntity {}

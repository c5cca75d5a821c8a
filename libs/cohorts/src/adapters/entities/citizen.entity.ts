import { Entity } from 'typeorm';
import { PseudonymEntity } from './pseudonym.entity';

/** A citizen (borger), by pseudonym. */
@Entity('citizen')
export class CitizenEntity extends PseudonymEntity {}

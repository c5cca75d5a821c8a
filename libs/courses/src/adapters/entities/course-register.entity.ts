import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { IsoDate } from '@cti/domain';

/** What the platform knows about a course it runs, beyond the bundle format: referral, whether phase 1 has begun, who registered it. */
@Entity('course_register')
export class CourseRegisterEntity {
  @PrimaryColumn({ name: 'course_id', type: 'integer' })
  courseId: number;

  @Column({ name: 'referral_date', type: 'date', nullable: true })
  referralDate: IsoDate | null;

  @Column({ name: 'phase1_started', type: 'boolean', default: false })
  phase1Started: boolean;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;
}

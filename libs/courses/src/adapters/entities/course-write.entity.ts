import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Who changed a registered course and when: the cohort tables carry no stamps of their own. */
@Entity('course_write')
export class CourseWriteEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'course_id', type: 'integer' })
  courseId: number;

  @Column('text')
  what: string;

  @Column({ name: 'written_at', type: 'timestamptz' })
  writtenAt: Date;

  @Column({ name: 'written_by', type: 'text' })
  writtenBy: string;
}

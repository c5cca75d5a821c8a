import { Column, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CourseEntity } from './course.entity';

/** A row that belongs to one course and goes with it (measurements, cost lines, contacts, focus areas). */
export abstract class CourseChildEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => CourseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id' })
  course: Relation<CourseEntity>;

  @Column({ name: 'course_id', type: 'integer' })
  courseId: number;
}

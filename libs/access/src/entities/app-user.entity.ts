import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@cti/domain';

/** A person who signs in: a local account (password hash) now, an OpenID Connect subject later. */
@Entity('app_user')
export class AppUserEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column('text')
  username: string;

  @Column('text')
  role: Role;

  @Column({ name: 'municipality_code', type: 'smallint', nullable: true })
  municipalityCode: number | null;

  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  @Column({ name: 'external_subject', type: 'text', nullable: true })
  externalSubject: string | null;

  @Column('boolean', { default: false })
  disabled: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

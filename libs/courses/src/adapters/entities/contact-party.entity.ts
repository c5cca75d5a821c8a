import { Column, Entity, PrimaryColumn } from 'typeorm';

export const CONTACT_PARTIES = ['citizen', 'network', 'services'] as const;
export type ContactParty = (typeof CONTACT_PARTIES)[number];

/** Whom a contact was with: the citizen, the private network, services (caseworker, job centre, providers). */
@Entity('contact_party')
export class ContactPartyEntity {
  @PrimaryColumn({ name: 'contact_id', type: 'integer' })
  contactId: number;

  @Column({ type: 'text', array: true })
  parties: ContactParty[];
}

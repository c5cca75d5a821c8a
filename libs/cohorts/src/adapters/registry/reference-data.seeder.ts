import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { seedReferenceData } from './seed-reference-data';

/** Brings municipalities and the instrument registry up to date with seeds/ whenever the platform or the CLI starts. */
@Injectable()
export class ReferenceDataSeeder implements OnModuleInit {
  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    await seedReferenceData(this.dataSource);
  }
}

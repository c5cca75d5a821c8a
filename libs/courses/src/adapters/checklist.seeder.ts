import { Injectable, type OnModuleInit } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { seedsDir } from '@cti/cohorts';
import type { ChecklistDefinition } from '../checklists/checklist-definitions';

export function loadChecklistSeeds(file = join(seedsDir(), 'checklists', 'cti-checklists.json')): ChecklistDefinition[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { checklists: ChecklistDefinition[] }).checklists;
}

/** Brings the checklist items up to date with seeds/checklists on start; ticks keep pointing at the same item codes. */
@Injectable()
export class ChecklistSeeder implements OnModuleInit {
  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    const rows = loadChecklistSeeds().flatMap((list) => list.items.map((item, i) => [list.code, item.code, i + 1, item.da, item.en]));
    await this.dataSource.transaction(async (em) => {
      // positions move when the seed is reordered: clear them first so UNIQUE (checklist, position) holds throughout
      await em.query('UPDATE checklist_item SET position = -id');
      for (const row of rows) {
        await em.query(
          `INSERT INTO checklist_item (checklist, code, position, text_da, text_en) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (code) DO UPDATE SET checklist = excluded.checklist, position = excluded.position, text_da = excluded.text_da, text_en = excluded.text_en`,
          row,
        );
      }
    });
  }
}

import { appConfig, type AppConfig } from '@cti/config';

/** Danish small-numbers practice: no published figure may rest on fewer than k citizens (CTI_SMALL_CELL_K, never below 3). */
export function smallCellK(config: Pick<AppConfig, 'CTI_SMALL_CELL_K'> = appConfig()): number {
  return config.CTI_SMALL_CELL_K;
}

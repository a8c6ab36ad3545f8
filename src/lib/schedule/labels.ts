/** The interface texts the schedule view needs, from the one dictionary (build side only). */
import { t } from '../i18n.ts';
import type { ScheduleLabels } from './view.ts';

export function scheduleLabels(): ScheduleLabels {
  return { tijd: t('schedule.tijd'), vandaag: t('schedule.vandaag'), weekVan: t('schedule.weekVan') };
}

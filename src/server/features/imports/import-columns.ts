import { ErrorCode } from '../../../shared/api';
import { type Actor, managesProgramme } from '../../actor';
import { forbidden } from '../../errors';

// Shared by the import's use cases and the export (the same columns, so an export imports again).
export type Kind = 'organisations' | 'opportunities';

/** The columns of each kind, in export order; an import maps the file's headers onto them. */
export const FIELDS: Record<Kind, readonly string[]> = {
  organisations: [
    'id',
    'name',
    'type',
    'country',
    'homeRegionId',
    'website',
    'language',
    'description_nl',
    'description_en',
    'description_zh',
    'visibility',
    'sectors',
    'languages',
    'size',
  ],
  opportunities: [
    'id',
    'regionId',
    'language',
    'title_nl',
    'title_en',
    'title_zh',
    'description_nl',
    'description_en',
    'description_zh',
    'themes',
    'industries',
    'status',
    'visibility',
    'source',
  ],
};

/** The fields a file must map a column to. */
export const REQUIRED: Record<Kind, readonly string[]> = {
  organisations: ['name', 'type', 'country'],
  opportunities: ['regionId', 'themes'],
};

export const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

export const requireManager = (actor: Actor) => {
  if (!managesProgramme(actor)) throw forbidden(ErrorCode.managersOnly, 'Only programme managers and admins import and export');
};

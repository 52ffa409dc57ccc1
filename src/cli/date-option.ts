import { UserError } from '../core/errors';
import { IsoDateSchema } from '../core/model/schema';
import { today } from '../main/engine/today';

/** The day `--date` gives (YYYY-MM-DD) or today: the date an image, deck or report is dated. */
export function dateOption(value: string | undefined): string {
  const date = value ?? today();
  if (!IsoDateSchema.safeParse(date).success) throw new UserError('invalid', 'errors.badArgument', { name: '--date', detail: date });
  return date;
}

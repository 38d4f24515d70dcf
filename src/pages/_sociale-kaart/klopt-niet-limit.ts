import { RateLimit } from '@/server/rate-limit';

/** At most 5 stored "Klopt dit niet?" reports per address per hour, and 200 in all per hour. */
export const perAddress = new RateLimit(5, 60 * 60 * 1000);
export const overall = new RateLimit(200, 60 * 60 * 1000);

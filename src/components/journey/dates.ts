/** Dates as a Dutch gemeente states them: in Dutch time, whatever the server's zone. */
const TIME_ZONE = 'Europe/Amsterdam';

const DATE: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: TIME_ZONE };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE };

/** Creating a formatter costs far more than using one (it was a seventh of a page's CPU): one per locale and kind. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, kind: 'date' | 'time'): Intl.DateTimeFormat {
  const key = `${kind}:${locale}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, kind === 'date' ? DATE : TIME);
    // The locale comes from our own list; the bound keeps a wrong caller from growing the map.
    if (formatters.size < 64) formatters.set(key, found);
  }
  return found;
}

export function formatDate(date: Date | string, locale: string): string {
  return formatter(locale, 'date').format(new Date(date));
}

export function formatTime(date: Date | string, locale: string): string {
  return formatter(locale, 'time').format(new Date(date));
}

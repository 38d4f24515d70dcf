/** Dates as a Dutch gemeente states them: in Dutch time, whatever the server's zone. */
const TIME_ZONE = 'Europe/Amsterdam';

export function formatDate(date: Date | string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: TIME_ZONE }).format(new Date(date));
}

export function formatTime(date: Date | string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE }).format(new Date(date));
}

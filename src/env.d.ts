/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    locale: import('@/i18n').Locale;
    t: import('i18next').TFunction;
    /** The URL of a path (without locale prefix) in the current locale. */
    href: (path: string) => string;
    /** The path of this request without locale prefix. */
    path: string;
    gemeente: import('@/domain/gemeente').Gemeente;
    /** Idle times from the configuration, for the components that warn before a session ends. */
    idle: { loketMinutes: number; sharedSeconds: number };
    session: import('@/server/draft-session').DraftSession;
    app: import('@/server/app').App;
    /** The client's address, for throttling (see KRACHTWIJZER_TRUSTED_PROXIES). */
    clientIp: string;
    /** The logged-in werkplek user, on /loket pages only. */
    loket: import('@/domain/loket/roles').LoketUser | undefined;
    /** How the page's form marks its questions; set by JourneyPage, read by every field component. */
    markering?: import('@/components/form/markering').Markering;
    /** Set by a page whose answer did something (it counted a search): it must never come from the response cache. */
    uncacheable?: boolean;
  }
}

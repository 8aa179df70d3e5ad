// Time zones by what Intl knows of them, without date-fns: the first load names zones (the
// home page's event cards) and should not bring the zone arithmetic of event-time.ts with it.

/** A time zone by its name in a locale ("中欧时间" for Europe/Amsterdam in zh-CN), not its IANA code; the code when Intl does not know it. */
export function zoneName(timeZone: string, locale: string): string {
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(new Date());
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}

/** True for a time zone name the platform's Intl knows (IANA names such as Asia/Shanghai, and UTC). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return name.length > 0;
  } catch {
    return false;
  }
}

/**
 * The time-zone names Dorsi knows: ICU's list in current IANA spelling, the legacy spellings it maps
 * to them, the nicknames people type, and the zones offered first. Data for timezones.rules.ts.
 *
 * Node's ICU lists CLDR's legacy identifiers (Asia/Calcutta, Europe/Kiev, no "UTC"); we present and
 * store the current IANA names (Asia/Kolkata, Europe/Kyiv, UTC). Luxon accepts both spellings.
 */
import { IANAZone } from "luxon";

/** CLDR/ICU legacy identifier -> current IANA name. */
const MODERN_NAME: ReadonlyMap<string, string> = new Map([
  ["Africa/Asmera", "Africa/Asmara"],
  ["America/Buenos_Aires", "America/Argentina/Buenos_Aires"],
  ["America/Catamarca", "America/Argentina/Catamarca"],
  ["America/Coral_Harbour", "America/Atikokan"],
  ["America/Cordoba", "America/Argentina/Cordoba"],
  ["America/Godthab", "America/Nuuk"],
  ["America/Indianapolis", "America/Indiana/Indianapolis"],
  ["America/Jujuy", "America/Argentina/Jujuy"],
  ["America/Louisville", "America/Kentucky/Louisville"],
  ["America/Mendoza", "America/Argentina/Mendoza"],
  ["Asia/Calcutta", "Asia/Kolkata"],
  ["Asia/Katmandu", "Asia/Kathmandu"],
  ["Asia/Rangoon", "Asia/Yangon"],
  ["Asia/Saigon", "Asia/Ho_Chi_Minh"],
  ["Atlantic/Faeroe", "Atlantic/Faroe"],
  ["Europe/Kiev", "Europe/Kyiv"],
  ["Pacific/Enderbury", "Pacific/Kanton"],
  ["Pacific/Ponape", "Pacific/Pohnpei"],
  ["Pacific/Truk", "Pacific/Chuuk"],
  ["Etc/UTC", "UTC"],
  ["Etc/GMT", "UTC"],
  ["GMT", "UTC"],
]);

/** Words people type that are not in any zone name -> the zone they most likely mean. */
export const TIME_ZONE_NICKNAMES: ReadonlyMap<string, string> = new Map([
  ["utc", "UTC"],
  ["gmt", "UTC"],
  ["zulu", "UTC"],
  ["pacific time", "America/Los_Angeles"],
  ["pst", "America/Los_Angeles"],
  ["pdt", "America/Los_Angeles"],
  ["san francisco", "America/Los_Angeles"],
  ["seattle", "America/Los_Angeles"],
  ["mountain time", "America/Denver"],
  ["mst", "America/Denver"],
  ["mdt", "America/Denver"],
  ["central time", "America/Chicago"],
  ["cst", "America/Chicago"],
  ["cdt", "America/Chicago"],
  ["eastern time", "America/New_York"],
  ["est", "America/New_York"],
  ["edt", "America/New_York"],
  ["boston", "America/New_York"],
  ["washington", "America/New_York"],
  ["miami", "America/New_York"],
  ["atlanta", "America/New_York"],
  ["dallas", "America/Chicago"],
  ["houston", "America/Chicago"],
  ["montreal", "America/Toronto"],
  ["ottawa", "America/Toronto"],
  ["calgary", "America/Edmonton"],
  ["newfoundland", "America/St_Johns"],
  ["hawaii", "Pacific/Honolulu"],
  ["alaska", "America/Anchorage"],
  ["bst", "Europe/London"],
  ["uk", "Europe/London"],
  ["edinburgh", "Europe/London"],
  ["manchester", "Europe/London"],
  ["cet", "Europe/Paris"],
  ["cest", "Europe/Paris"],
  ["munich", "Europe/Berlin"],
  ["frankfurt", "Europe/Berlin"],
  ["hamburg", "Europe/Berlin"],
  ["barcelona", "Europe/Madrid"],
  ["milan", "Europe/Rome"],
  ["geneva", "Europe/Zurich"],
  ["kiev", "Europe/Kyiv"],
  ["calcutta", "Asia/Kolkata"],
  ["mumbai", "Asia/Kolkata"],
  ["bombay", "Asia/Kolkata"],
  ["delhi", "Asia/Kolkata"],
  ["new delhi", "Asia/Kolkata"],
  ["bangalore", "Asia/Kolkata"],
  ["bengaluru", "Asia/Kolkata"],
  ["chennai", "Asia/Kolkata"],
  ["india", "Asia/Kolkata"],
  ["ist", "Asia/Kolkata"],
  ["saigon", "Asia/Ho_Chi_Minh"],
  ["hanoi", "Asia/Bangkok"],
  ["beijing", "Asia/Shanghai"],
  ["china", "Asia/Shanghai"],
  ["osaka", "Asia/Tokyo"],
  ["japan", "Asia/Tokyo"],
  ["jst", "Asia/Tokyo"],
  ["canberra", "Australia/Sydney"],
  ["aest", "Australia/Brisbane"],
  ["aedt", "Australia/Sydney"],
  ["wellington", "Pacific/Auckland"],
  ["nzst", "Pacific/Auckland"],
  ["nzdt", "Pacific/Auckland"],
  ["new zealand", "Pacific/Auckland"],
  ["cape town", "Africa/Johannesburg"],
  ["rio", "America/Sao_Paulo"],
]);

/** Shown for an empty autocomplete query, in this order. */
export const POPULAR_TIME_ZONES: readonly string[] = [
  "UTC",
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Los_Angeles",
  "America/Toronto",
  "America/Mexico_City",
  "America/Sao_Paulo",
  "Europe/London",
  "Europe/Dublin",
  "Europe/Paris",
  "Europe/Berlin",
  "Europe/Madrid",
  "Europe/Amsterdam",
  "Europe/Stockholm",
  "Europe/Kyiv",
  "Africa/Johannesburg",
  "Africa/Nairobi",
  "Asia/Dubai",
  "Asia/Kolkata",
  "Asia/Singapore",
  "Asia/Tokyo",
  "Australia/Sydney",
  "Australia/Perth",
  "Pacific/Auckland",
];

/** The current IANA spelling of a zone name ("Asia/Calcutta" -> "Asia/Kolkata"). */
export function modernTimeZoneName(name: string): string {
  return MODERN_NAME.get(name) ?? name;
}

let listed: readonly string[] | undefined;

/** Every zone offered by autocomplete: ICU's list in current IANA spelling, plus UTC, sorted. */
export function allTimeZones(): readonly string[] {
  if (listed) return listed;
  const names = new Set<string>(["UTC"]);
  for (const name of Intl.supportedValuesOf("timeZone")) {
    const modern = modernTimeZoneName(name);
    if (IANAZone.isValidZone(modern)) names.add(modern);
  }
  listed = [...names].sort();
  return listed;
}

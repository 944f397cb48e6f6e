import { describe, expect, it } from "vitest";
import { DAY_VOCABULARY } from "../../src/domain/day-words.rules.js";
import { DRILL_WORDS } from "../../src/domain/drill-words.rules.js";
import { noteWarningSigns } from "../../src/domain/pain-signs.rules.js";
import { translator } from "../../src/i18n/i18n.js";
import {
  CATALOGS,
  DEFAULT_LOCALE,
  discordLocalesOf,
  LOCALES,
  resolveLocale,
} from "../../src/i18n/locales.js";

/** "My ankle is swollen" as a member would write it, by language: the warning-sign words must know it. */
const SWOLLEN: Readonly<Record<string, string>> = {
  en: "my ankle is swollen",
  es: "tengo el tobillo hinchado",
  de: "mein Knöchel ist geschwollen",
  fr: "ma cheville est gonflée",
  pt: "meu tornozelo está inchado",
};

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string) => key.replace(PLURAL, "");
const variables = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)/g)]
    .map((match) => match[1] as string)
    .filter((name) => name !== "count");

/** Base key -> the plural forms it has (empty set for a plain key) and the variables it uses. */
function shape(locale: (typeof LOCALES)[number]) {
  const keys = new Map<string, { forms: Set<string>; vars: Set<string> }>();
  for (const [key, text] of flatten(CATALOGS[locale] as unknown as Tree)) {
    const entry = keys.get(baseKey(key)) ?? { forms: new Set<string>(), vars: new Set<string>() };
    const form = PLURAL.exec(key)?.[1];
    if (form) entry.forms.add(form);
    for (const name of variables(text)) entry.vars.add(name);
    keys.set(baseKey(key), entry);
  }
  return keys;
}

const english = shape(DEFAULT_LOCALE);

describe("catalogs", () => {
  it("the English catalog has text", () => {
    expect(english.size).toBeGreaterThan(0);
  });

  for (const locale of LOCALES) {
    describe(locale, () => {
      const own = shape(locale);
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

      it("has every English key and no other", () => {
        expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
      });

      it("uses the same interpolation variables as English", () => {
        for (const [key, entry] of english) {
          expect({ key, vars: [...(own.get(key)?.vars ?? [])].sort() }).toEqual({
            key,
            vars: [...entry.vars].sort(),
          });
        }
      });

      it("has exactly the plural forms of its language for every counted key", () => {
        for (const [key, entry] of english) {
          if (entry.forms.size === 0) continue;
          const forms = [...(own.get(key)?.forms ?? [])].sort();
          // "zero"/"two"/"few" do not occur in these languages; "one", "other" and (es, fr, pt) "many" do.
          expect({ key, forms }).toEqual({ key, forms: [...categories].sort() });
        }
      });

      it("has no empty text", () => {
        for (const [key, text] of flatten(CATALOGS[locale] as unknown as Tree)) {
          expect({ key, empty: text.trim() === "" }).toEqual({ key, empty: false });
        }
      });
    });
  }
});

describe("locales", () => {
  it("resolves Discord locales to a catalog, English for anything else", () => {
    expect(resolveLocale("en-GB")).toBe("en-US");
    expect(resolveLocale("es-419")).toBe("es-ES");
    expect(resolveLocale("de")).toBe("de");
    expect(resolveLocale("pt-BR")).toBe("pt-BR");
    expect(resolveLocale("fr")).toBe("fr");
    expect(resolveLocale("ja")).toBe("en-US");
    expect(resolveLocale("")).toBe("en-US");
    expect(resolveLocale(null)).toBe("en-US");
    expect(resolveLocale("xx-YY")).toBe("en-US");
  });

  it("gives es-419 the Spanish command texts and English none", () => {
    expect(discordLocalesOf("es-ES")).toEqual(["es-ES", "es-419"]);
    expect(discordLocalesOf("en-US")).toEqual([]);
    expect(discordLocalesOf("pt-BR")).toEqual(["pt-BR"]);
  });

  it("an unsupported locale speaks English, never a key name", () => {
    expect(translator("ko").t("common.notMedicalAdvice")).toBe("Dorsi is not medical advice.");
    expect(translator(undefined).t("common.notMedicalAdvice")).toBe("Dorsi is not medical advice.");
  });

  it("each language says the not-medical-advice line in its own words", () => {
    const lines = LOCALES.map((locale) => translator(locale).t("common.notMedicalAdvice"));
    expect(new Set(lines).size).toBe(LOCALES.length);
  });

  it("formats decimals the locale's way", () => {
    expect(translator("de").number(8.5)).toBe("8,5");
    expect(translator("en-US").number(8.5)).toBe("8.5");
    expect(translator("fr").list(["a", "b", "c"])).toBe("a, b et c");
  });
});

describe("what members type", () => {
  it("is read in every language Dorsi speaks: drill names, days and warning signs", () => {
    for (const locale of LOCALES) {
      const language = locale.split("-")[0] ?? "";
      expect({ locale, drills: locale in DRILL_WORDS }).toEqual({ locale, drills: true });
      expect({ locale, days: language in DAY_VOCABULARY }).toEqual({ locale, days: true });
      expect({ locale, signs: noteWarningSigns(SWOLLEN[language]).length > 0 }).toEqual({
        locale,
        signs: true,
      });
    }
  });
});

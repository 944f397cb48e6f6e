import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/pain.catalog.js";

export default {
  command: {
    description: "Schmerz melden: Dein Plan wird sofort sanfter (nur du siehst das)",
    severity: "0 = kein Schmerz, 10 = schlimmster vorstellbarer Schmerz",
    location: "Wo es wehtut",
    side: "Welche Seite, falls nur eine",
    drill: "Die Übung, bei der es wehtat, falls es eine war",
    context: "Wann es wehtat",
    note: "Sonst noch etwas (bis zu {{max}} Zeichen)",
    drillUnknown: "Weiß nicht",
  },
  location: {
    knee: "Knie",
    ankle: "Sprunggelenk",
    calf: "Wade",
    shin: "Schienbein",
    foot: "Fuß",
    hip: "Hüfte",
    other: "Woanders",
  },
  side: {
    left: "Links",
    right: "Rechts",
    both: "Beide Seiten",
  },
  context: {
    drills: "Bei den Übungen",
    run: "Beim Laufen",
    downhill: "Beim Bergablaufen",
    morning: "Morgens",
    other: "Etwas anderes",
  },
  form: {
    title: "Schmerz melden",
    severity: "Wie stark, 0 bis 10?",
    severityHint: "0 = kein Schmerz, 10 = der schlimmste, den du dir vorstellen kannst",
    location: "Wo?",
    note: "Sonst noch etwas? (optional)",
    moment: "Wann tat es weh?",
    side: {
      left: "{{location}}, links",
      right: "{{location}}, rechts",
      both: "{{location}}, beide Seiten",
    },
  },
  plan: {
    none: "Danke fürs Melden – schmerzfrei ist eine gute Nachricht. Dein Plan bleibt, wie er ist.",
    thanks: "Danke, dass du es mir sagst.",
  },
  advice: {
    hold: "Arbeite nur in dem Bereich, der schmerzfrei bleibt, und nimm beim ersten Zwicken raus.",
    "step-down": "Bleib im schmerzfreien Bereich: Eine Übung darf nie wehtun.",
    reset: "Beweg dich nur dort, wo es nicht wehtut, und lass eine Übung weg, wenn sie wehtut.",
  },
  running: {
    "no-running":
      "Lauf erst wieder, wenn es abgeklungen ist oder untersucht wurde, und fang dann auf flacher Strecke an.",
    "walk-descents":
      "Geh bei deinen nächsten Läufen die steilen Bergab-Stücke: Bergablaufen verlangt die meiste Beugung im Sprunggelenk, und ein steifes Sprunggelenk gibt diese Last ans Knie weiter.",
    "shorter-flatter":
      "Halte die nächsten Läufe kürzer und flach, denn dort muss sich das Sprunggelenk am wenigsten beugen.",
    "before-downhill":
      "Bevor du wieder bergab läufst, solltest du schmerzfrei Treppen hinuntergehen, flach laufen und deine Übungen machen können.",
    "downhill-last":
      "Bergab kommt zuletzt zurück: erst flach, dann bergauf, und bergab erst, wenn sich beides gut anfühlt.",
  },
  physician:
    "Schmerzen in dieser Stärke solltest du abklären lassen: Geh bitte in eine sportmedizinische oder physiotherapeutische Praxis.",
  escalation:
    "Weil {{reasons}}, geh bitte in eine sportmedizinische oder physiotherapeutische Praxis, wo man dich untersuchen kann.",
  reason: {
    "three-in-14-days": "es in zwei Wochen mehrmals wiedergekommen ist",
    rising: "es schlimmer wird",
    "severity-7-plus": "es bei 7 oder mehr von 10 liegt",
    "not-settling": "es nach einer Woche noch nicht abgeklungen ist",
    "worse-overnight": "es heute Morgen schlimmer war als gestern Abend",
    "unsettled-two-mornings": "es sich an zwei Morgen hintereinander nicht beruhigt hat",
  },
  pauseOffer:
    "Wenn du eine Pause willst, kann ich deine Erinnerungen anhalten, während du es abklären lässt.",
  morningCheckPlanned: "Ich melde mich am {{time}} per DM und frage, wie es sich entwickelt hat.",
  alreadyRecorded: "Diese Schmerzmeldung war schon gespeichert; doppelt geändert hat sich nichts.",
  button: {
    pause_one: "Erinnerungen {{count}} Tag pausieren",
    pause_other: "Erinnerungen {{count}} Tage pausieren",
    keep: "Weitermachen",
  },
  answer: {
    pausedUntil:
      "Erinnerungen pausiert bis {{until}}. Deine Serie bleibt erhalten. Pass auf dich auf – mit /resume geht's weiter, wenn du so weit bist.",
    pausedOpenEnded:
      "Erinnerungen pausiert, bis du /resume nutzt. Deine Serie bleibt erhalten. Pass auf dich auf.",
    kept: "Alles klar, die Erinnerungen kommen weiter, mit dem sanfteren Plan. Bleib schmerzfrei und sag mir mit /pain Bescheid, wenn sich etwas ändert.",
  },
  morning: {
    settled: "Schön, dass es sich bis heute Morgen beruhigt hat. Dein Plan bleibt, wie er ist.",
    unsettled:
      "Heute Morgen tut es noch etwas weh, also bleibt der Plan, wie er jetzt ist. Bleib im schmerzfreien Bereich.",
    worse: "Schlimmer als gestern Abend, also nehme ich Belastung raus.",
    askAgain: "Ich frage dich am {{time}} wieder. Wenn sich vorher etwas ändert, sag mir mit /pain Bescheid.",
  },
  problems: {
    "severity-missing":
      "Gib bitte eine ganze Zahl von {{min}} bis {{max}} an: {{min}} heißt kein Schmerz, {{max}} der schlimmste, den du dir vorstellen kannst.",
    severity:
      "„{{given}}“ kann ich nicht als Schmerzwert nehmen. Gib bitte eine ganze Zahl von {{min}} bis {{max}} an: {{min}} heißt kein Schmerz, {{max}} der schlimmste, den du dir vorstellen kannst.",
    "location-missing": "Sag mir bitte, wo es wehtut: Wähl eine Stelle aus der Liste.",
    location: "Die Stelle „{{given}}“ kenne ich nicht. Wähl bitte eine aus der Liste.",
    side: "Die Seite „{{given}}“ kenne ich nicht. Wähl bitte links, rechts oder beide Seiten.",
    drill: "Die Übung „{{given}}“ kenne ich nicht. Wähl bitte eine aus der Liste oder „Weiß nicht“.",
    context: "„{{given}}“ kenne ich nicht. Wähl bitte aus der Liste, wann es wehtat.",
    "note-not-text": "Schreib die Notiz bitte als einfachen Text.",
    "note-too-long": "Deine Notiz hat {{length}} Zeichen; bitte höchstens {{max}}.",
    sign: "Das Warnzeichen „{{given}}“ kenne ich nicht. Wähle bitte eines aus der Liste oder „Nichts davon“.",
  },
} as const satisfies CatalogOf<typeof en>;

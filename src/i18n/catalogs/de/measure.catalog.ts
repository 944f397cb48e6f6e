import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/measure.catalog.js";

export default {
  command: {
    description:
      "Knie-zur-Wand-Test: trag deine Sprunggelenke ein oder sieh, wie du misst (nur für dich sichtbar)",
    left: "Linker Fuß: Großzeh bis Wand, in cm ({{min}}-{{max}}, eine Nachkommastelle)",
    right: "Rechter Fuß: Großzeh bis Wand, in cm ({{min}}-{{max}}, eine Nachkommastelle)",
  },
  problems: {
    left: "„{{given}}“ kann ich für deinen linken Fuß nicht eintragen: gib Zentimeter von {{min}} bis {{max}} an, mit höchstens einer Nachkommastelle, zum Beispiel left: 11.5. Es wurde nichts gespeichert.",
    right:
      "„{{given}}“ kann ich für deinen rechten Fuß nicht eintragen: gib Zentimeter von {{min}} bis {{max}} an, mit höchstens einer Nachkommastelle, zum Beispiel right: 11.5. Es wurde nichts gespeichert.",
    none: "Gib mindestens einen Fuß an, in Zentimetern von {{min}} bis {{max}}, zum Beispiel left: 11.5 right: 12.",
  },
  how: {
    title: "Der Knie-zur-Wand-Test: zwei Minuten",
    steps:
      "1. Schuh aus. Stell den Fuß entlang einer Klebebandlinie, die senkrecht zur Wand läuft, Ferse am Boden.\n2. Beug das Knie, bis es die Wand berührt, die Ferse bleibt unten.\n3. Rück den Fuß nach hinten, bis das Knie die Wand gerade noch berührt, Ferse am Boden.\n4. Miss vom großen Zeh bis zur Wand, in Zentimetern.\n5. Stell den hinteren Fuß jedes Mal an dieselbe Stelle. Drei Versuche pro Fuß; der beste zählt.",
    next: "Dann tipp `/measure left: … right: …` (eine Nachkommastelle reicht). Wiederhol den Test alle vier Wochen, um zu sehen, was die Übungen verändern.",
  },
  cm: "{{value}} cm",
  side: { left: "Links", right: "Rechts" },
  record: {
    title: "Knie-zur-Wand, {{date}}",
    both: "Links {{left}}, rechts {{right}}: ein Unterschied von {{difference}}.",
    one: "{{side}}: {{value}}.",
    stiffer: {
      left: "Dein linkes Sprunggelenk ist das steifere: trainier es zuerst und mach einen Satz mehr dafür.",
      right: "Dein rechtes Sprunggelenk ist das steifere: trainier es zuerst und mach einen Satz mehr dafür.",
    },
    normal: "Ein Unterschied unter {{limit}} ist normal: trainier weiter beide Seiten gleich.",
    belowTypical:
      "{{side}} {{value}} liegt unter dem typischen Bereich für Läufer (etwa {{low}} oder mehr): genau dafür sind die Übungen da.",
    change: {
      none: "{{side}}: keine Veränderung seit {{date}}.",
      "within-error": "{{side}}: {{delta}} seit {{date}}, innerhalb der Messungenauigkeit (etwa {{error}}).",
      gain: "{{side}}: {{delta}} seit {{date}}. Das ist echter Fortschritt.",
      loss: "{{side}}: {{delta}} seit {{date}}. Ein müder oder verspannter Tag kann das ausmachen; miss in ein, zwei Wochen noch mal.",
    },
    replaced: "Das ersetzt deine frühere Messung von heute.",
    footer: "Höher ist besser: mehr Beugung im Sprunggelenk. Teste jedes Mal gleich.",
  },
  history: {
    title: "Deine Messungen",
    none: "Noch keine Messung: das wird deine erste.",
    line: "{{date}}: {{values}}",
  },
  progress: {
    title: "Knie-zur-Wand",
    latest: "{{values}} am {{date}}",
    stiffer: {
      left: "Links liegt {{behind}} zurück: fang damit an und mach einen Satz mehr.",
      right: "Rechts liegt {{behind}} zurück: fang damit an und mach einen Satz mehr.",
    },
  },
  chart: {
    title: "Knie-zur-Wand-Test",
    subtitle: "Großzeh bis Wand, in cm · höher = mehr Beugung im Sprunggelenk",
    typical: "typischer Bereich",
  },
  invite: {
    first:
      "Willst du sehen, dass die Übungen wirken? Miss jetzt einmal deine Sprunggelenke: Der Knie-zur-Wand-Test dauert zwei Minuten, du brauchst nur ein Maßband. In vier Wochen dann wieder `/measure`.",
    retest:
      "Vier Wochen seit deiner letzten Messung: Zeit für den nächsten Knie-zur-Wand-Test, um zu sehen, was die Übungen verändert haben.",
    button: "So misst du",
  },
  reminder: {
    stiffer: {
      left: "Fang mit dem linken Sprunggelenk an und mach einen Satz mehr dafür: Es liegt {{behind}} hinter dem rechten.",
      right:
        "Fang mit dem rechten Sprunggelenk an und mach einen Satz mehr dafür: Es liegt {{behind}} hinter dem linken.",
    },
  },
} as const satisfies CatalogOf<typeof en>;

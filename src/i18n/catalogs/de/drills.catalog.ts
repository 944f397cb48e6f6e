import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/drills.catalog.js";

export default {
  label: { "flexed-knee": "Matrix mit gebeugtem Knie", "straight-leg": "Matrix mit gestrecktem Bein" },
  name: {
    "flexed-knee": "3-Wege-Sprunggelenk-Matrix, Knie gebeugt",
    "straight-leg": "3-Wege-Sprunggelenk-Matrix, Bein gestreckt",
  },
  bothMatrices: "beide Matrizen",
  level: "Stufe {{level}}",
  levelTitle: {
    "flexed-knee": {
      level1: "Halbkniestand",
      level2: "Schrittstellung an der Wand",
      level3: "vorderer Fuß erhöht",
      level4: "mit Gewicht, ohne Halt",
    },
    "straight-leg": {
      level1: "Hände und Knie am Boden",
      level2: "an die Wand gelehnt",
      level3: "Vorfuß auf einer Stufe",
      level4: "am Hang, ohne Halt",
    },
  },
  levelWithTitle: "Stufe {{level}} · {{title}}",
  command: {
    description: "So machst du die Sprunggelenk-Übungen auf deiner Stufe",
    drill: "gebeugtes Knie oder gestrecktes Bein (leer lassen für beide)",
  },
  unknownDrill:
    "Die Übung „{{input}}“ kenne ich nicht. Gib gebeugtes Knie oder gestrecktes Bein ein, oder lass das Feld leer für beide.",
  choice: {
    "flexed-knee": "gebeugtes Knie (Knie angewinkelt, Soleus)",
    "straight-leg": "gestrecktes Bein (Knie gestreckt, Gastrocnemius)",
  },
  purpose: {
    "flexed-knee":
      "Knie gebeugt: trainiert die untere Wade (Soleus) und das Sprunggelenk, das du beim Bergablaufen brauchst.",
    "straight-leg": "Bein gestreckt: trainiert die obere Wade (Gastrocnemius) in denselben drei Richtungen.",
  },
  plane: { forward: "Vorwärts", tilt: "Seitlich", rotation: "Drehung" },
  card: {
    setup: "Ausgangsposition",
    reps: "Wiederholungen",
    safety: "Sicherheit",
    neverIntoPain: "Nie in den Schmerz hinein.",
  },
  oneSet_one: "Ein Satz: {{count}} langsame Wiederholung pro Richtung mit einem Bein, dann mit dem anderen.",
  oneSet_other:
    "Ein Satz: {{count}} langsame Wiederholungen pro Richtung mit einem Bein, dann mit dem anderen.",
  howTo: {
    "flexed-knee": {
      level1: {
        setup:
          "Knie dich auf ein Knie. Der andere Fuß steht flach vorn, Hände aufs vordere Knie. Die Ferse bleibt immer unten.",
        forward: "Schieb das vordere Knie gerade nach vorn über die Zehen, dann zurück.",
        tilt: "Schieb das Knie nach außen Richtung kleiner Zeh, dann nach innen Richtung großer Zeh.",
        rotation: "Dreh Knie und Hüfte nach links, dann nach rechts. Der Fuß bleibt flach.",
        safety: "Ein kräftiges Ziehen ist okay, Schmerz nicht. Hör auf, bevor es wehtut.",
      },
      level2: {
        setup:
          "Stell dich vor eine Wand, Hände daran. Ein Fuß vorn, der andere einen Schritt zurück. Vorderes Knie beugen, Ferse unten.",
        forward: "Schieb das vordere Knie über die Zehen Richtung Wand. Die Ferse bleibt unten.",
        tilt: "Schieb das Knie Richtung kleiner Zeh, dann Richtung großer Zeh.",
        rotation: "Dreh Knie und Hüfte nach links, dann nach rechts. Der ganze Fuß bleibt am Boden.",
        safety: "Im Stehen ist mehr Last drauf: Geh nur so weit, wie es schmerzfrei bleibt.",
      },
      level3: {
        setup:
          "Vorderer Fuß ganz auf eine Stufe oder ein dickes Buch, hinterer Fuß am Boden. Fingerspitzen nur zur Balance an die Wand.",
        forward: "Schieb das erhöhte Knie nach vorn über die Zehen. Die Ferse bleibt auf der Stufe.",
        tilt: "Schieb das Knie Richtung kleiner Zeh, dann Richtung großer Zeh.",
        rotation: "Dreh Knie und Hüfte nach links, dann nach rechts, Fuß flach auf der Stufe.",
        safety: "Mehr Bewegung heißt mehr Dehnung. Taste dich heran und hör auf, bevor es wehtut.",
      },
      level4: {
        setup:
          "Schrittstellung ohne Halt, ein leichtes Gewicht vor der Brust. Langsam: 3 Sekunden hin, 3 Sekunden zurück.",
        forward: "Schieb das vordere Knie langsam nach vorn über die Zehen. Ferse unten.",
        tilt: "Schieb das Knie langsam Richtung kleiner Zeh, dann Richtung großer Zeh.",
        rotation: "Dreh Knie und Hüfte langsam nach links, dann nach rechts. Der Fuß bleibt stehen.",
        safety: "Nur ein leichtes Gewicht. Hebt die Ferse ab oder tut etwas weh: Stopp, eine Stufe zurück.",
      },
    },
    "straight-leg": {
      level1: {
        setup:
          "Hände und ein Knie am Boden. Das andere Bein gestreckt nach hinten, Zehen aufgestellt, Ferse zieht Richtung Boden.",
        forward: "Drück die Ferse nach hinten und Richtung Boden. Das Knie bleibt gestreckt.",
        tilt: "Schieb die Hüfte so, dass das Schienbein Richtung kleiner Zeh kippt, dann Richtung großer Zeh.",
        rotation: "Dreh die Hüfte nach links, dann nach rechts. Die Ferse zieht weiter, Knie gestreckt.",
        safety: "Spür die Dehnung in der Wade, nie Schmerz. Hör auf, bevor es wehtut.",
      },
      level2: {
        setup:
          "Hände an die Wand, ein Fuß einen großen Schritt zurück. Hinteres Bein gestreckt, hintere Ferse unten.",
        forward: "Schieb die Hüfte Richtung Wand, bis die hintere Wade spannt. Die Ferse bleibt unten.",
        tilt: "Schieb die Hüfte so, dass das hintere Schienbein Richtung kleiner Zeh kippt, dann großer Zeh.",
        rotation: "Dreh die Hüfte nach links, dann nach rechts. Hinteres Knie gestreckt, Ferse unten.",
        safety: "Im Stehen ist mehr Last drauf: Geh nur so weit, wie es schmerzfrei bleibt.",
      },
      level3: {
        setup:
          "Fußballen auf eine Stufe oder ein dickes Buch, Ferse am Boden, Bein gestreckt. Fingerspitzen an die Wand nur bei Bedarf.",
        forward: "Bring die Hüfte nach vorn über den erhöhten Fuß. Knie gestreckt, Ferse unten.",
        tilt: "Schieb die Hüfte so, dass das Schienbein Richtung kleiner Zeh kippt, dann Richtung großer Zeh.",
        rotation: "Dreh die Hüfte nach links, dann nach rechts. Das Knie bleibt gestreckt.",
        safety: "Mehr Bewegung heißt mehr Dehnung. Taste dich heran und hör auf, bevor es wehtut.",
      },
      level4: {
        setup:
          "Arbeitsfuß auf ein Schrägbrett oder einen sanften Hang, Zehen zeigen bergauf, Bein gestreckt. Ohne Hände, langsam.",
        forward: "Bring die Hüfte langsam nach vorn über den Fuß. Knie gestreckt, Ferse unten.",
        tilt: "Schieb die Hüfte langsam, bis das Schienbein Richtung kleiner Zeh kippt, dann Richtung großer Zeh.",
        rotation: "Dreh die Hüfte langsam nach links, dann nach rechts. Ferse unten, Knie gestreckt.",
        safety: "Nimm einen sanften Hang. Wackelt die Balance oder tut etwas weh: Stopp, eine Stufe zurück.",
      },
    },
  },
} as const satisfies CatalogOf<typeof en>;

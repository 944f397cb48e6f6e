import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/pictures.catalog.js";

export default {
  numbered: "{{number}} · {{name}}",
  alt: "{{title}}. Ein Bild in drei Teilen. 1, von der Seite: {{setup}} 2, von vorn: {{tilt}} 3, von oben: {{rotation}}",
  setup: {
    "flexed-knee": {
      level1:
        "auf dem hinteren Knie, der arbeitende Fuß flach vorn auf dem Boden, das Knie gebeugt, die Hände darauf; Pfeil 1 schiebt das Knie nach vorn über die Zehen.",
      level2:
        "stehend mit dem Gesicht zur Wand, die Hände daran, der arbeitende Fuß vorn mit gebeugtem Knie, der andere einen Schritt zurück; Pfeil 1 schiebt das Knie Richtung Wand, über die Zehen.",
      level3:
        "der ganze arbeitende Fuß auf einer Stufe, das Knie gebeugt, der andere Fuß hinten am Boden; Pfeil 1 schiebt das Knie nach vorn über die Zehen.",
      level4:
        "Schrittstellung ohne Halt, ein Gewicht vor der Brust, das vordere Knie gebeugt; Pfeil 1 schiebt das Knie nach vorn über die Zehen.",
    },
    "straight-leg": {
      level1:
        "Hände und ein Knie am Boden, das arbeitende Bein gestreckt nach hinten, Zehen aufgestellt; Pfeil 1 drückt die Ferse nach hinten und Richtung Boden.",
      level2:
        "Hände an der Wand, das arbeitende Bein einen großen Schritt zurück, gestreckt, die Ferse unten; Pfeil 1 bringt die Hüfte Richtung Wand.",
      level3:
        "der Fußballen des arbeitenden Fußes auf einer Stufe, die Ferse am Boden, das Bein gestreckt, eine Wand in Reichweite; Pfeil 1 bringt die Hüfte nach vorn über den Fuß.",
      level4:
        "der arbeitende Fuß auf einer Schräge, die Zehen zeigen bergauf, das Bein gestreckt, ohne Hände; Pfeil 1 bringt die Hüfte nach vorn über den Fuß.",
    },
  },
  tilt: {
    "flexed-knee":
      "das gebeugte Knie über dem Fuß; Pfeil 2 bringt das Knie Richtung kleinen Zeh, dann Richtung großen Zeh.",
    "straight-leg":
      "das gestreckte Bein über dem Fuß; Pfeil 2 neigt es Richtung kleinen Zeh, dann Richtung großen Zeh.",
  },
  rotation: {
    "flexed-knee":
      "Schultern und Hüfte hinter dem Knie, der Fuß flach; Pfeil 3 dreht Knie und Hüfte nach links, dann nach rechts.",
    "straight-leg":
      "die Hüfte vor dem Fuß, das gestreckte Bein reicht nach hinten zu ihm, der Fuß flach; Pfeil 3 dreht die Hüfte nach links, dann nach rechts.",
  },
} as const satisfies CatalogOf<typeof en>;

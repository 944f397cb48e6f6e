import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/measure.catalog.js";

export default {
  command: {
    description: "Test rodilla-pared: apunta tus tobillos o mira cómo medir (solo lo ves tú)",
    left: "Pie izquierdo: del dedo gordo a la pared, en cm ({{min}}-{{max}}, un decimal)",
    right: "Pie derecho: del dedo gordo a la pared, en cm ({{min}}-{{max}}, un decimal)",
  },
  problems: {
    left: "No puedo apuntar «{{given}}» para tu pie izquierdo: pon centímetros de {{min}} a {{max}}, con un decimal como mucho, por ejemplo left: 11.5. No se ha guardado nada.",
    right:
      "No puedo apuntar «{{given}}» para tu pie derecho: pon centímetros de {{min}} a {{max}}, con un decimal como mucho, por ejemplo right: 11.5. No se ha guardado nada.",
    none: "Pon al menos un pie, en centímetros de {{min}} a {{max}}, por ejemplo left: 11.5 right: 12.",
  },
  how: {
    title: "El test rodilla-pared: dos minutos",
    steps:
      "1. Quítate la zapatilla. Pon el pie a lo largo de una línea de cinta perpendicular a la pared, con el talón apoyado.\n2. Dobla la rodilla hasta tocar la pared, sin levantar el talón.\n3. Echa el pie hacia atrás hasta que la rodilla apenas roce la pared con el talón apoyado.\n4. Mide del dedo gordo a la pared, en centímetros.\n5. Deja el pie de atrás siempre en el mismo sitio. Tres intentos por pie; quédate con el mejor.",
    next: "Luego escribe `/measure left: … right: …` (con un decimal basta). Repite el test cada cuatro semanas para ver lo que cambian los ejercicios.",
  },
  cm: "{{value}} cm",
  side: { left: "Izquierdo", right: "Derecho" },
  record: {
    title: "Rodilla-pared, {{date}}",
    both: "Izquierdo {{left}}, derecho {{right}}: una diferencia de {{difference}}.",
    one: "{{side}}: {{value}}.",
    stiffer: {
      left: "Tu tobillo izquierdo es el más rígido: trabájalo primero y hazle una serie más.",
      right: "Tu tobillo derecho es el más rígido: trabájalo primero y hazle una serie más.",
    },
    normal: "Una diferencia de menos de {{limit}} es normal: sigue trabajando los dos lados por igual.",
    belowTypical:
      "{{side}} {{value}} está por debajo del rango habitual en corredores (unos {{low}} o más): los ejercicios están pensados para esto.",
    change: {
      none: "{{side}}: sin cambios desde el {{date}}.",
      "within-error": "{{side}}: {{delta}} desde el {{date}}, dentro del error de medida (unos {{error}}).",
      gain: "{{side}}: {{delta}} desde el {{date}}. Eso es progreso de verdad.",
      loss: "{{side}}: {{delta}} desde el {{date}}. Un día cansado o con agujetas puede hacerlo; vuelve a medir en una o dos semanas.",
    },
    replaced: "Esta medida sustituye a la de antes de hoy.",
    footer: "Cuanto más, mejor: más flexión de tobillo. Haz el test siempre igual.",
  },
  history: {
    title: "Tus medidas",
    none: "Aún no hay medidas: esta será la primera.",
    line: "{{date}}: {{values}}",
  },
  progress: {
    title: "Rodilla-pared",
    latest: "{{values}} el {{date}}",
    stiffer: {
      left: "El izquierdo va {{behind}} por detrás: empieza por él y hazle una serie más.",
      right: "El derecho va {{behind}} por detrás: empieza por él y hazle una serie más.",
    },
  },
  chart: {
    title: "Test rodilla-pared",
    subtitle: "Del dedo gordo a la pared, en cm · más alto = más flexión de tobillo",
    typical: "rango habitual",
  },
  invite: {
    first:
      "¿Quieres la prueba de que los ejercicios funcionan? Mide tus tobillos ahora una vez: el test rodilla-pared lleva dos minutos y una cinta métrica. Y dentro de cuatro semanas, otra vez `/measure`.",
    retest:
      "Han pasado cuatro semanas desde que mediste tus tobillos: toca repetir el test rodilla-pared para ver lo que han cambiado los ejercicios.",
    button: "Cómo medir",
  },
  reminder: {
    stiffer: {
      left: "Empieza por el tobillo izquierdo y hazle una serie más: va {{behind}} por detrás del derecho.",
      right: "Empieza por el tobillo derecho y hazle una serie más: va {{behind}} por detrás del izquierdo.",
    },
  },
} as const satisfies CatalogOf<typeof en>;

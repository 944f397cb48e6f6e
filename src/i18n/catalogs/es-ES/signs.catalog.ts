import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/signs.catalog.js";

export default {
  command: {
    option: "Una señal de alarma, si la tienes",
  },
  label: {
    cannot_bear_weight: "No puedo apoyar el pie",
    swelling_worse: "Hinchazón que va a más",
    numbness: "Entumecimiento u hormigueo",
    calf: "Gemelo caliente, rojo o hinchado",
    fever: "Fiebre o me encuentro mal",
    night_pain: "Dolor por la noche o en reposo",
    gave_way: "Me falló o noté un chasquido",
    deformity: "Se ve deformado",
    none: "Nada de esto",
  },
  said: {
    cannot_bear_weight: "no poder apoyar el pie",
    swelling_worse: "hinchazón",
    numbness: "entumecimiento u hormigueo",
    calf: "el gemelo caliente, rojo o hinchado",
    fever: "fiebre o malestar",
    night_pain: "dolor por la noche o en reposo",
    gave_way: "un fallo de la articulación o un chasquido",
    deformity: "una deformidad",
    limping: "cojera",
  },
  question:
    "Una pregunta más: ¿tienes alguna de estas señales de alarma? Marca todas las que encajen o pulsa «Nada de esto».",
  placeholder: "Marca todas las que encajen",
  form: {
    label: "¿Alguna señal de alarma? (opcional)",
    hint: "Marca todas las que encajen",
  },
  urgent: {
    seen: "Me has indicado: {{signs}}. Eso hay que verlo hoy. Ve hoy mismo a urgencias (o llama ya a tu médico); no esperes.",
    stop: "Deja los ejercicios hasta que te hayan visto.",
    paused:
      "He pausado tus recordatorios hasta que me digas que ya te han visto: pulsa «Ya me han visto» aquí abajo o usa /resume.",
    comeBack: "Cuando vuelvas, empezarás con suavidad:",
  },
  soon: "Me has indicado: {{signs}}. Pide cita con un médico o un fisioterapeuta en los próximos días.",
  answer: {
    none: "Gracias, nada de eso. El plan de arriba se mantiene.",
    noChange: "Gracias, apuntado. El plan de arriba ya lo tiene en cuenta.",
    seen: "Me alegro de que te hayan visto. Vuelven los recordatorios, con el plan más suave: sigue lo que te hayan indicado y para si duele.",
  },
  button: {
    none: "Nada de esto",
    seen: "Ya me han visto",
  },
  errors: {
    answered: "Ya respondiste a esa pregunta, así que no ha cambiado nada.",
    stale:
      "Ese registro de dolor ya no está, así que no ha cambiado nada. Usa /pain para contarme cómo lo notas ahora.",
    notPaused: "Tus recordatorios no están en pausa, así que no había nada que reanudar.",
  },
} as const satisfies CatalogOf<typeof en>;

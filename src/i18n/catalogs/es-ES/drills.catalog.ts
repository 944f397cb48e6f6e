import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/drills.catalog.js";

export default {
  label: { "flexed-knee": "Matriz de rodilla flexionada", "straight-leg": "Matriz de pierna estirada" },
  name: {
    "flexed-knee": "Matriz de tobillo en 3 direcciones, rodilla flexionada",
    "straight-leg": "Matriz de tobillo en 3 direcciones, pierna estirada",
  },
  bothMatrices: "las dos matrices",
  level: "Nivel {{level}}",
  levelTitle: {
    "flexed-knee": {
      level1: "semiarrodillado",
      level2: "zancada frente a la pared",
      level3: "pie delantero elevado",
      level4: "con peso, sin apoyo",
    },
    "straight-leg": {
      level1: "manos y rodilla en el suelo",
      level2: "apoyado en la pared",
      level3: "antepié en un escalón",
      level4: "en pendiente, sin apoyo",
    },
  },
  levelWithTitle: "Nivel {{level}} · {{title}}",
  command: {
    description: "Cómo hacer los ejercicios de tobillo en tu nivel",
    drill: "rodilla flexionada o pierna estirada (las dos si lo dejas vacío)",
  },
  unknownDrill:
    "No conozco el ejercicio «{{input}}». Escribe rodilla flexionada o pierna estirada, o déjalo vacío para ver los dos.",
  choice: {
    "flexed-knee": "rodilla flexionada (rodilla doblada, sóleo)",
    "straight-leg": "pierna estirada (pierna recta, gemelos)",
  },
  purpose: {
    "flexed-knee":
      "Rodilla flexionada: trabaja el sóleo (la parte baja de la pantorrilla) y el tobillo que necesitas en las bajadas.",
    "straight-leg":
      "Pierna estirada: trabaja los gemelos (la parte alta de la pantorrilla) en las mismas tres direcciones.",
  },
  plane: { forward: "Adelante", tilt: "Lateral", rotation: "Rotación" },
  card: {
    setup: "Posición",
    reps: "Repeticiones",
    safety: "Seguridad",
    neverIntoPain: "Nunca llegues al dolor.",
  },
  oneSet_one: "Una serie: {{count}} repetición lenta en cada dirección con una pierna, luego con la otra.",
  oneSet_many:
    "Una serie: {{count}} repeticiones lentas en cada dirección con una pierna, luego con la otra.",
  oneSet_other:
    "Una serie: {{count}} repeticiones lentas en cada dirección con una pierna, luego con la otra.",
  howTo: {
    "flexed-knee": {
      level1: {
        setup:
          "Una rodilla en el suelo, el otro pie plano delante, manos sobre esa rodilla. El talón no se levanta en ningún momento.",
        forward: "Lleva la rodilla delantera hacia delante, por encima de los dedos, y vuelve.",
        tilt: "Lleva la rodilla hacia fuera, hacia el dedo pequeño, y luego hacia dentro, hacia el dedo gordo.",
        rotation: "Gira rodilla y cadera a la izquierda y luego a la derecha. El pie, siempre plano.",
        safety: "Un estiramiento intenso está bien; el dolor, no. Para antes de que duela.",
      },
      level2: {
        setup:
          "De cara a una pared, manos apoyadas. Un pie delante y el otro un paso atrás. Flexiona la rodilla delantera, talón abajo.",
        forward:
          "Lleva la rodilla delantera hacia la pared, por encima de los dedos. El talón no se levanta.",
        tilt: "Lleva la rodilla hacia el dedo pequeño y luego hacia el dedo gordo.",
        rotation: "Gira rodilla y cadera a la izquierda y luego a la derecha. Todo el pie en el suelo.",
        safety: "De pie hay más carga: llega solo hasta donde no duela.",
      },
      level3: {
        setup:
          "Todo el pie delantero sobre un escalón o un libro gordo, el de atrás en el suelo. La pared, solo si te falta equilibrio.",
        forward:
          "Lleva la rodilla elevada hacia delante, por encima de los dedos. El talón, pegado al escalón.",
        tilt: "Lleva la rodilla hacia el dedo pequeño y luego hacia el dedo gordo.",
        rotation:
          "Gira rodilla y cadera a la izquierda y luego a la derecha, con el pie plano en el escalón.",
        safety: "Más recorrido, más estiramiento. Entra poco a poco y para antes de que duela.",
      },
      level4: {
        setup:
          "Zancada sin apoyo, con un peso ligero contra el pecho. Despacio: 3 segundos para ir y 3 para volver.",
        forward: "Lleva despacio la rodilla delantera hacia delante, por encima de los dedos. Talón abajo.",
        tilt: "Lleva despacio la rodilla hacia el dedo pequeño y luego hacia el dedo gordo.",
        rotation: "Gira despacio rodilla y cadera a la izquierda y luego a la derecha. El pie no se mueve.",
        safety: "Solo peso ligero. Si se levanta el talón o algo duele, para y baja un nivel.",
      },
    },
    "straight-leg": {
      level1: {
        setup:
          "Manos y una rodilla en el suelo. La otra pierna estirada atrás, apoyada en los dedos, con el talón buscando el suelo.",
        forward: "Empuja el talón hacia atrás y hacia el suelo. La rodilla, estirada.",
        tilt: "Mueve la cadera para que la espinilla se incline hacia el dedo pequeño y luego hacia el gordo.",
        rotation:
          "Gira la cadera a la izquierda y luego a la derecha. Talón hacia el suelo, rodilla estirada.",
        safety: "Nota cómo estira el gemelo, nunca dolor. Para antes de que duela.",
      },
      level2: {
        setup:
          "Manos en la pared, un pie un paso largo atrás. Pierna de atrás estirada, talón de atrás en el suelo.",
        forward: "Lleva la cadera hacia la pared hasta que notes tenso el gemelo de atrás. Talón abajo.",
        tilt: "Mueve la cadera para que la espinilla de atrás se incline hacia el dedo pequeño y luego hacia el gordo.",
        rotation:
          "Gira la cadera a la izquierda y luego a la derecha. Rodilla de atrás estirada, talón abajo.",
        safety: "De pie hay más carga: llega solo hasta donde no duela.",
      },
      level3: {
        setup:
          "Antepié de un pie sobre un escalón o un libro gordo, talón en el suelo, pierna estirada. La pared, solo si hace falta.",
        forward: "Lleva la cadera hacia delante, por encima del pie elevado. Rodilla estirada, talón abajo.",
        tilt: "Mueve la cadera para que la espinilla se incline hacia el dedo pequeño y luego hacia el gordo.",
        rotation: "Gira la cadera a la izquierda y luego a la derecha. La rodilla, siempre estirada.",
        safety: "Más recorrido, más estiramiento. Entra poco a poco y para antes de que duela.",
      },
      level4: {
        setup:
          "El pie que trabaja en una tabla inclinada o una cuesta suave, punta cuesta arriba, pierna estirada. Sin manos. Despacio.",
        forward: "Lleva despacio la cadera hacia delante, por encima del pie. Rodilla estirada, talón abajo.",
        tilt: "Mueve despacio la cadera para que la espinilla se incline hacia el dedo pequeño y luego hacia el gordo.",
        rotation:
          "Gira despacio la cadera a la izquierda y luego a la derecha. Talón abajo, rodilla estirada.",
        safety: "Elige una cuesta suave. Si pierdes el equilibrio o algo duele, para y baja un nivel.",
      },
    },
  },
} as const satisfies CatalogOf<typeof en>;

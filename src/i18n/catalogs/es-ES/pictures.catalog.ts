import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/pictures.catalog.js";

export default {
  numbered: "{{number}} · {{name}}",
  alt: "{{title}}. Imagen en tres partes. 1, de lado: {{setup}} 2, de frente: {{tilt}} 3, desde arriba: {{rotation}}",
  setup: {
    "flexed-knee": {
      level1:
        "una rodilla en el suelo, el pie que trabaja plano delante, con la rodilla flexionada y las manos sobre ella; la flecha 1 lleva la rodilla hacia delante, por encima de los dedos.",
      level2:
        "de pie frente a una pared, con las manos en ella, el pie que trabaja delante con la rodilla flexionada y el otro un paso atrás; la flecha 1 lleva la rodilla hacia la pared, por encima de los dedos.",
      level3:
        "todo el pie que trabaja sobre un escalón, con la rodilla flexionada, y el otro pie atrás en el suelo; la flecha 1 lleva la rodilla hacia delante, por encima de los dedos.",
      level4:
        "piernas en zancada sin apoyo, un peso sujeto junto al pecho y la rodilla delantera flexionada; la flecha 1 lleva la rodilla hacia delante, por encima de los dedos.",
    },
    "straight-leg": {
      level1:
        "manos y una rodilla en el suelo, la pierna que trabaja estirada atrás, apoyada en los dedos; la flecha 1 empuja el talón hacia atrás y hacia el suelo.",
      level2:
        "manos en una pared, la pierna que trabaja un paso largo atrás, estirada y con el talón en el suelo; la flecha 1 lleva la cadera hacia la pared.",
      level3:
        "la parte delantera del pie que trabaja sobre un escalón, el talón en el suelo, la pierna estirada y una pared al alcance; la flecha 1 lleva la cadera hacia delante, por encima del pie.",
      level4:
        "el pie que trabaja sobre una rampa, con los dedos cuesta arriba, la pierna estirada y sin manos; la flecha 1 lleva la cadera hacia delante, por encima del pie.",
    },
  },
  tilt: {
    "flexed-knee":
      "la rodilla flexionada sobre el pie; la flecha 2 lleva la rodilla hacia el dedo pequeño y luego hacia el dedo gordo.",
    "straight-leg":
      "la pierna estirada sobre el pie; la flecha 2 la inclina hacia el dedo pequeño y luego hacia el dedo gordo.",
  },
  rotation: {
    "flexed-knee":
      "hombros y cadera detrás de la rodilla, el pie plano; la flecha 3 gira rodilla y cadera a la izquierda y luego a la derecha.",
    "straight-leg":
      "la cadera por delante del pie, la pierna estirada hacia atrás hasta él, el pie plano; la flecha 3 gira la cadera a la izquierda y luego a la derecha.",
  },
} as const satisfies CatalogOf<typeof en>;

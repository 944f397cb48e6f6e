import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/help.catalog.js";

export default {
  command: { description: "Qué hace Dorsi y todos los comandos que necesitas" },
  intro:
    "**Dorsi** entrena a corredores con ejercicios 3D de tobillo cortos, unas series al día, para mantener rodillas y tobillos fuertes y móviles. Te avisa por MD, sube el nivel a medida que avanzas y afloja cuando algo duele.",
  group: {
    start: "Empezar",
    practise: "Entrenar",
    pain: "Dolor",
    progress: "Progreso",
    club: "Club (en el servidor de tu club)",
    privacy: "Privacidad",
  },
  line: {
    schedule: "{{command}}: cuándo te aviso (zona horaria, franja, avisos al día)",
    help: "{{command}}: esta lista",
    drills: "{{command}}: cómo hacer cada ejercicio en tu nivel",
    log: "{{command}}: registra las series que hiciste",
    runs: "{{command}}: planifica tus carreras, con calentamiento antes y control después",
    pause: "{{command}}: tómate un descanso de los avisos",
    resume: "{{command}}: vuelve después de un descanso",
    pain: "{{command}}: dime si algo duele; ajusto tu plan",
    progress: "{{command}}: tu nivel, series, racha e historial de dolor",
    measure: "{{command}}: el test de rodilla a la pared y cómo cambian tus tobillos",
    leaderboard: "{{command}}: la clasificación semanal del club",
    clubStats: "{{command}}: la tendencia del club, para capitanes",
    club: "{{command}}: configura la clasificación semanal (admins)",
    privacy: "{{command}}: exporta o borra tus datos, o sal de las clasificaciones",
  },
  notMedical:
    "Dorsi no es consejo médico. Si el dolor es agudo, hay hinchazón o va a peor, consulta a un fisioterapeuta o a un médico.",
} as const satisfies CatalogOf<typeof en>;

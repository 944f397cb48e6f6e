import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/common.catalog.js";

export default {
  apology:
    "Desculpe, algo deu errado do nosso lado. Seus registros anteriores estão seguros; tente de novo em um minuto.",
  unknownCommand: "Não conheço mais esse comando. Digite / para ver os atuais.",
  buttonInactive: "Este botão não está mais ativo. Use o comando de novo para ter um novo.",
  buttonNotYours: "Este botão é de outra pessoa, então não faz nada para você.",
  notMedicalAdvice: "O Dorsi não é orientação médica.",
  place: {
    knee: "joelho",
    ankle: "tornozelo",
    calf: "panturrilha",
    shin: "canela",
    foot: "pé",
    hip: "quadril",
    other: "outro lugar",
  },
} as const satisfies CatalogOf<typeof en>;

import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/privacy.catalog.js";

export default {
  command: {
    description: "Seus dados: exporte, apague ou saia dos rankings",
    export: "Tudo o que o Dorsi guarda sobre você, em um arquivo",
    delete: "Apague tudo o que o Dorsi guarda sobre você",
    hide: "Saia dos rankings do clube ou volte para eles",
    hidden: "True para sair dos rankings, False para voltar (em branco: alterna)",
  },
  exported:
    "Aqui está tudo o que o Dorsi guarda sobre você, incluindo seus relatos de dor. Só você consegue ver isto.",
  deleteQuestion:
    "Isso apaga suas séries, relatos de dor, progressão, lembretes e configurações, em todos os clubes. Não dá para desfazer. Tem certeza?",
  button: { delete: "Apagar tudo", cancel: "Cancelar" },
  deleted:
    "Apagado. O Dorsi não guarda mais nenhum dado seu: séries, relatos de dor, progressão, lembretes e configurações se foram. Use qualquer comando para começar do zero.",
  cancelled: "Cancelado: nada foi apagado.",
  hidden: {
    here: "Pronto: você saiu do ranking deste clube. Seu progresso continua igual. Use /privacy hide de novo para voltar.",
    everywhere:
      "Pronto: você saiu de todos os rankings de clube. Seu progresso continua igual. Use /privacy hide de novo para voltar.",
  },
  shown: {
    here: "Que bom te ver de volta: você está no ranking deste clube de novo.",
    everywhere: "Que bom te ver de volta: você está em todos os rankings de clube de novo.",
  },
  errors: {
    expired: "Esta confirmação expirou, então nada foi apagado. Use /privacy delete de novo.",
    nothingToDelete: "Não há nada para apagar: o Dorsi não guarda nenhum dado seu.",
    notOnBoard:
      "Você ainda não está em nenhum ranking de clube. Use primeiro um comando do Dorsi no servidor do seu clube.",
  },
} as const satisfies CatalogOf<typeof en>;

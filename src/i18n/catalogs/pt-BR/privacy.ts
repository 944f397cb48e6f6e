import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/privacy.js";

export default {} as const satisfies CatalogOf<typeof en>;

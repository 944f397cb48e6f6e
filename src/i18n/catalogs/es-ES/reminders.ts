import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/reminders.js";

export default {} as const satisfies CatalogOf<typeof en>;

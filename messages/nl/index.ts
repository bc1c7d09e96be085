// The Dutch catalogue: the same namespaces and keys as the English one (checked by the type
// below and by tests/unit/i18n-catalogues.test.ts).
import type english from "../en";
import admin from "./admin.json";
import auth from "./auth.json";
import availability from "./availability.json";
import browse from "./browse.json";
import cart from "./cart.json";
import common from "./common.json";
import driver from "./driver.json";
import kiosk from "./kiosk.json";
import kitchen from "./kitchen.json";
import menu from "./menu.json";
import menuAdmin from "./menuAdmin.json";
import orders from "./orders.json";

const messages: typeof english = {
  admin,
  auth,
  availability,
  browse,
  cart,
  common,
  driver,
  kiosk,
  kitchen,
  menu,
  menuAdmin,
  orders,
};

export default messages;

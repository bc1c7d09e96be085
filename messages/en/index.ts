// The English catalogue, one JSON file per namespace (a surface or a shared area). Its shape
// types every translation key (types/next-intl.d.ts) and the Dutch catalogue must match it.
import admin from "./admin.json" with { type: "json" };
import auth from "./auth.json" with { type: "json" };
import availability from "./availability.json" with { type: "json" };
import browse from "./browse.json" with { type: "json" };
import cart from "./cart.json" with { type: "json" };
import common from "./common.json" with { type: "json" };
import driver from "./driver.json" with { type: "json" };
import kiosk from "./kiosk.json" with { type: "json" };
import kitchen from "./kitchen.json" with { type: "json" };
import menu from "./menu.json" with { type: "json" };
import menuAdmin from "./menuAdmin.json" with { type: "json" };
import orders from "./orders.json" with { type: "json" };

const messages = {
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

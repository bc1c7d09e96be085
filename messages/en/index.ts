// The English catalogue, one JSON file per namespace (a surface or a shared area). Its shape
// types every translation key (types/next-intl.d.ts) and the Dutch catalogue must match it.
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

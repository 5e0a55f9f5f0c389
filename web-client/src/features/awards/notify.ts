// Shared with the other screens since initiatives came: see lib/notify.
export { notifyDone } from "../../lib/notify";

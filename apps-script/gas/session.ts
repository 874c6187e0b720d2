// Who an execution acts for. The active user is the person at the keyboard (null where Apps
// Script does not reveal it: consumer accounts, simple triggers); the effective user is the
// account the script runs as: the clicker for a menu item, the installer for an installable
// trigger (https://developers.google.com/apps-script/reference/base/session).

/** The active user's e-mail, or null where Apps Script does not reveal it. */
export function activeUserEmail(): string | null {
  try {
    const email = Session.getActiveUser().getEmail();
    return email === "" ? null : email;
  } catch {
    return null;
  }
}

/** The e-mail of the account this execution runs as; "" when Apps Script cannot tell. */
export function effectiveUserEmail(): string {
  try {
    return Session.getEffectiveUser().getEmail();
  } catch {
    return "";
  }
}

package london.loti.hub.accounts;

/** The first admin's details from LOTI_ADMIN_EMAIL and LOTI_ADMIN_PASSWORD were refused; LOTI Hub stops. */
class AdminSetupException extends IllegalStateException {

    AdminSetupException(String reason) {
        super(reason);
    }
}

package london.loti.hub.accounts;

/** An account was created, from an invitation, at start-up or for the demo. */
public record AccountCreated(long accountId, long organisationId, String displayName, String email) {
}

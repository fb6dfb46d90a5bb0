/**
 * Users, roles and signing in: accounts and their roles, the sign-in form with throttling, sessions with idle
 * and absolute limits, invitations by the LOTI team, per-organisation API tokens, and {@link
 * london.loti.hub.accounts.Viewer} — who is asking — which every module uses to decide what a request may see
 * and change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package london.loti.hub.accounts;

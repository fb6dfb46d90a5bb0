/**
 * Can the office pay its way: the programme's financial years (three from 2019/20, with a review point after
 * year two), funders' commitments, invoices and payments, the budget's fixed and flexible lines, the report's
 * viability rule computed from the Core councils of each year (from {@link london.loti.hub.members.Membership}),
 * and saved what-if scenarios that never change the real figures. Money is exact, in pence.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Funding")
package london.loti.hub.funding;

/**
 * Time as LOTI counts it: financial years from 1 April to 31 March, written '2019/20', and the Europe/London
 * clock every module uses (replaceable in tests). A shared kernel: it depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package london.loti.hub.calendar;

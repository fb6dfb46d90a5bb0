package london.loti.hub.funding;

/**
 * A line of a year's budget. Fixed lines (the staff and their on-costs) are paid whatever the income; flexible
 * lines (specialist expertise, marketing, administration, evaluation) are cut, in {@code cutOrder}, to match it.
 *
 * @param cutOrder 1 for the first flexible line to cut; null for a fixed line
 */
public record BudgetLine(String name, long amount, boolean staff, boolean flexible, Integer cutOrder) {

    public BudgetLine {
        if (flexible != (cutOrder != null)) {
            throw new IllegalArgumentException("A flexible line, and only a flexible line, has a cut order");
        }
        if (amount < 0) {
            throw new IllegalArgumentException("A budget line cannot be negative");
        }
    }

    public static BudgetLine fixed(String name, long amount, boolean staff) {
        return new BudgetLine(name, amount, staff, false, null);
    }

    public static BudgetLine flexible(String name, long amount, int cutOrder) {
        return new BudgetLine(name, amount, false, true, cutOrder);
    }

    BudgetLine withAmount(long newAmount) {
        return new BudgetLine(name, newAmount, staff, flexible, cutOrder);
    }
}

package se.fristad.load;

import java.util.List;

/**
 * A support service ({@code type: support}): how to reach it and whom it is for. Text keys are empty and lists
 * are empty when the page leaves them out; a translation then shows the source-language page's value.
 *
 * @param phones    numbers to call, in the page's order
 * @param chat      https address of a chat, or empty
 * @param email     e-mail address, or empty
 * @param sms       how to reach it by text message, or empty
 * @param hours     when it is open
 * @param audience  any of {@link #AUDIENCES}
 * @param cost      what it costs
 * @param anonymity whether one must say who one is
 * @param languages spoken languages and interpreters
 * @param area      {@code [national]} or municipalities of {@code site.yml}
 * @param website   https address of the service's own site, or empty
 * @param pictogram {@code shelter}, {@code child} or {@code police} to show beside the name, or empty to let
 *                  the theme choose ({@code child} for services for children, {@code police} for 112 / 114 14)
 */
public record Support(List<Phone> phones, String chat, String email, String sms, String hours, List<String> audience,
                      String cost, String anonymity, String languages, List<String> area, String website,
                      String pictogram) implements TypedData {

    public static final List<String> KEYS = List.of("phones", "chat", "email", "sms", "hours", "audience", "cost",
            "anonymity", "languages", "area", "website", "pictogram");
    public static final List<String> AUDIENCES = List.of("adults", "children", "perpetrators", "relatives", "professionals");
    public static final List<String> PICTOGRAMS = List.of("shelter", "child", "police");
    public static final String NATIONAL = "national";

    /** A number to call, with an optional label ("Stödtelefon"). */
    public record Phone(String number, String label) {
        /** The {@code tel:} address: the digits, and a leading + if the number has one. */
        public String href() {
            StringBuilder b = new StringBuilder("tel:");
            String n = number.strip();
            if (n.startsWith("+")) {
                b.append('+');
            }
            for (char c : n.toCharArray()) {
                if (c >= '0' && c <= '9') {
                    b.append(c);
                }
            }
            return b.toString();
        }

        /** The digits only, to compare numbers written differently ({@code 114 14} and {@code 11414}). */
        public String digits() {
            return href().substring(4).replace("+", "");
        }
    }

    public boolean national() {
        return area.contains(NATIONAL);
    }
}
